from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FlowManagerActionOptionDigitsReceive")


@_attrs_define
class FlowManagerActionOptionDigitsReceive:
    """
    Attributes:
        duration (int | Unset): DTMF receiving duration in milliseconds. Example: 10000.
        key (str | Unset): If set, determines which DTMF key triggers the next step.
            The end key is not included in the resulting variable.
            If not set, no key will trigger the next step.
             Example: #.
        length (int | Unset): An optional limit to the number of DTMF events that should be gathered before continuing.
             Example: 4.
    """

    duration: int | Unset = UNSET
    key: str | Unset = UNSET
    length: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        duration = self.duration

        key = self.key

        length = self.length

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if duration is not UNSET:
            field_dict["duration"] = duration
        if key is not UNSET:
            field_dict["key"] = key
        if length is not UNSET:
            field_dict["length"] = length

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        duration = d.pop("duration", UNSET)

        key = d.pop("key", UNSET)

        length = d.pop("length", UNSET)

        flow_manager_action_option_digits_receive = cls(
            duration=duration,
            key=key,
            length=length,
        )

        flow_manager_action_option_digits_receive.additional_properties = d
        return flow_manager_action_option_digits_receive

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
