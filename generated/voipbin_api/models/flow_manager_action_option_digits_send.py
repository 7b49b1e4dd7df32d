from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FlowManagerActionOptionDigitsSend")


@_attrs_define
class FlowManagerActionOptionDigitsSend:
    """
    Attributes:
        digits (str | Unset): Keys to send. Allowed characters: 0-9, A-D, #, *. Max 100 keys.
             Example: 1234#.
        duration (int | Unset): Duration per DTMF tone (ms). Example: 250.
        interval (int | Unset): Interval between keys (ms). Example: 100.
    """

    digits: str | Unset = UNSET
    duration: int | Unset = UNSET
    interval: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        digits = self.digits

        duration = self.duration

        interval = self.interval

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if digits is not UNSET:
            field_dict["digits"] = digits
        if duration is not UNSET:
            field_dict["duration"] = duration
        if interval is not UNSET:
            field_dict["interval"] = interval

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        digits = d.pop("digits", UNSET)

        duration = d.pop("duration", UNSET)

        interval = d.pop("interval", UNSET)

        flow_manager_action_option_digits_send = cls(
            digits=digits,
            duration=duration,
            interval=interval,
        )

        flow_manager_action_option_digits_send.additional_properties = d
        return flow_manager_action_option_digits_send

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
