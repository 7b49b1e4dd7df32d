from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.common_address import CommonAddress


T = TypeVar("T", bound="PutOutplansIdDialInfoBody")


@_attrs_define
class PutOutplansIdDialInfoBody:
    """
    Attributes:
        source (CommonAddress): Contains source or destination detail info.
        dial_timeout (int): The new dial timeout in seconds.
        try_interval (int): The new interval between retry attempts.
        max_try_count_0 (int): The new maximum retry count for destination 0.
        max_try_count_1 (int): The new maximum retry count for destination 1.
        max_try_count_2 (int): The new maximum retry count for destination 2.
        max_try_count_3 (int): The new maximum retry count for destination 3.
        max_try_count_4 (int): The new maximum retry count for destination 4.
    """

    source: CommonAddress
    dial_timeout: int
    try_interval: int
    max_try_count_0: int
    max_try_count_1: int
    max_try_count_2: int
    max_try_count_3: int
    max_try_count_4: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source = self.source.to_dict()

        dial_timeout = self.dial_timeout

        try_interval = self.try_interval

        max_try_count_0 = self.max_try_count_0

        max_try_count_1 = self.max_try_count_1

        max_try_count_2 = self.max_try_count_2

        max_try_count_3 = self.max_try_count_3

        max_try_count_4 = self.max_try_count_4

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
                "dial_timeout": dial_timeout,
                "try_interval": try_interval,
                "max_try_count_0": max_try_count_0,
                "max_try_count_1": max_try_count_1,
                "max_try_count_2": max_try_count_2,
                "max_try_count_3": max_try_count_3,
                "max_try_count_4": max_try_count_4,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.common_address import CommonAddress

        d = dict(src_dict)
        source = CommonAddress.from_dict(d.pop("source"))

        dial_timeout = d.pop("dial_timeout")

        try_interval = d.pop("try_interval")

        max_try_count_0 = d.pop("max_try_count_0")

        max_try_count_1 = d.pop("max_try_count_1")

        max_try_count_2 = d.pop("max_try_count_2")

        max_try_count_3 = d.pop("max_try_count_3")

        max_try_count_4 = d.pop("max_try_count_4")

        put_outplans_id_dial_info_body = cls(
            source=source,
            dial_timeout=dial_timeout,
            try_interval=try_interval,
            max_try_count_0=max_try_count_0,
            max_try_count_1=max_try_count_1,
            max_try_count_2=max_try_count_2,
            max_try_count_3=max_try_count_3,
            max_try_count_4=max_try_count_4,
        )

        put_outplans_id_dial_info_body.additional_properties = d
        return put_outplans_id_dial_info_body

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
