from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TalkManagerParticipantInput")


@_attrs_define
class TalkManagerParticipantInput:
    """Participant information for chat creation.

    Attributes:
        owner_type (str): Owner type (e.g., "agent", "customer"). Example: agent.
        owner_id (UUID): The unique identifier of the participant owner. Returned from the corresponding owner resource
            endpoint (e.g., `GET /agents`). Example: d4e5f6a7-b8c9-0d1e-2f3a-4b5c6d7e8f90.
    """

    owner_type: str
    owner_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        owner_type = self.owner_type

        owner_id = str(self.owner_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "owner_type": owner_type,
                "owner_id": owner_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        owner_type = d.pop("owner_type")

        owner_id = UUID(d.pop("owner_id"))

        talk_manager_participant_input = cls(
            owner_type=owner_type,
            owner_id=owner_id,
        )

        talk_manager_participant_input.additional_properties = d
        return talk_manager_participant_input

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
