from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PostServiceAgentsContactCasesIdAssignBody")


@_attrs_define
class PostServiceAgentsContactCasesIdAssignBody:
    """
    Attributes:
        owner_id (UUID): The agent ID to assign as the case owner. The agent ID returned from the `GET
            /service_agents/agents` response. Example: 2a2ec0ba-8004-11ec-aea5-439829c92a7c.
    """

    owner_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        owner_id = str(self.owner_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "owner_id": owner_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        owner_id = UUID(d.pop("owner_id"))

        post_service_agents_contact_cases_id_assign_body = cls(
            owner_id=owner_id,
        )

        post_service_agents_contact_cases_id_assign_body.additional_properties = d
        return post_service_agents_contact_cases_id_assign_body

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
