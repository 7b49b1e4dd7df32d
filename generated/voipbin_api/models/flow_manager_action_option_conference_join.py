from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FlowManagerActionOptionConferenceJoin")


@_attrs_define
class FlowManagerActionOptionConferenceJoin:
    """
    Attributes:
        conference_id (UUID | Unset): The unique identifier of the conference to join. Returned from the `GET
            /conferences` response. Example: 8b9c0d1e-2f3a-4567-0123-456789abcdef.
    """

    conference_id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conference_id: str | Unset = UNSET
        if not isinstance(self.conference_id, Unset):
            conference_id = str(self.conference_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if conference_id is not UNSET:
            field_dict["conference_id"] = conference_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _conference_id = d.pop("conference_id", UNSET)
        conference_id: UUID | Unset
        if isinstance(_conference_id, Unset):
            conference_id = UNSET
        else:
            conference_id = UUID(_conference_id)

        flow_manager_action_option_conference_join = cls(
            conference_id=conference_id,
        )

        flow_manager_action_option_conference_join.additional_properties = d
        return flow_manager_action_option_conference_join

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
