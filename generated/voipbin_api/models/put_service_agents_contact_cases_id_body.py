from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PutServiceAgentsContactCasesIdBody")


@_attrs_define
class PutServiceAgentsContactCasesIdBody:
    """
    Attributes:
        contact_id (str): The contact to attach. Empty string detaches. Deliberately NOT format: uuid -- the internal
            RPC-layer uuid.UUID field cannot unmarshal a literal empty string, so this HTTP-layer field stays a plain string
            and the "" -> uuid.Nil conversion happens explicitly in the handler. Example:
            660e8400-e29b-41d4-a716-446655440001.
    """

    contact_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contact_id = self.contact_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contact_id": contact_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        contact_id = d.pop("contact_id")

        put_service_agents_contact_cases_id_body = cls(
            contact_id=contact_id,
        )

        put_service_agents_contact_cases_id_body.additional_properties = d
        return put_service_agents_contact_cases_id_body

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
