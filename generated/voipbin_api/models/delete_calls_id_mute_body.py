from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.call_manager_call_mute_direction import CallManagerCallMuteDirection
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeleteCallsIdMuteBody")


@_attrs_define
class DeleteCallsIdMuteBody:
    """
    Attributes:
        direction (CallManagerCallMuteDirection | Unset): Possible mute directions for the call Example: both.
    """

    direction: CallManagerCallMuteDirection | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if direction is not UNSET:
            field_dict["direction"] = direction

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _direction = d.pop("direction", UNSET)
        direction: CallManagerCallMuteDirection | Unset
        if isinstance(_direction, Unset):
            direction = UNSET
        else:
            direction = CallManagerCallMuteDirection(_direction)

        delete_calls_id_mute_body = cls(
            direction=direction,
        )

        delete_calls_id_mute_body.additional_properties = d
        return delete_calls_id_mute_body

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
