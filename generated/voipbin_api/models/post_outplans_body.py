from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.common_address import CommonAddress


T = TypeVar("T", bound="PostOutplansBody")


@_attrs_define
class PostOutplansBody:
    """
    Attributes:
        name (str): The name of the outplan.
        source (CommonAddress): Contains source or destination detail info.
        dial_timeout (int): The dial timeout in seconds.
        try_interval (int): The interval between retry attempts.
        max_try_count_0 (int): Maximum retry count for destination 0.
        detail (str | Unset): Additional details about the outplan.
        max_try_count_1 (int | Unset): Maximum retry count for destination 1.
        max_try_count_2 (int | Unset): Maximum retry count for destination 2.
        max_try_count_3 (int | Unset): Maximum retry count for destination 3.
        max_try_count_4 (int | Unset): Maximum retry count for destination 4.
    """

    name: str
    source: CommonAddress
    dial_timeout: int
    try_interval: int
    max_try_count_0: int
    detail: str | Unset = UNSET
    max_try_count_1: int | Unset = UNSET
    max_try_count_2: int | Unset = UNSET
    max_try_count_3: int | Unset = UNSET
    max_try_count_4: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        source = self.source.to_dict()

        dial_timeout = self.dial_timeout

        try_interval = self.try_interval

        max_try_count_0 = self.max_try_count_0

        detail = self.detail

        max_try_count_1 = self.max_try_count_1

        max_try_count_2 = self.max_try_count_2

        max_try_count_3 = self.max_try_count_3

        max_try_count_4 = self.max_try_count_4

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "source": source,
                "dial_timeout": dial_timeout,
                "try_interval": try_interval,
                "max_try_count_0": max_try_count_0,
            }
        )
        if detail is not UNSET:
            field_dict["detail"] = detail
        if max_try_count_1 is not UNSET:
            field_dict["max_try_count_1"] = max_try_count_1
        if max_try_count_2 is not UNSET:
            field_dict["max_try_count_2"] = max_try_count_2
        if max_try_count_3 is not UNSET:
            field_dict["max_try_count_3"] = max_try_count_3
        if max_try_count_4 is not UNSET:
            field_dict["max_try_count_4"] = max_try_count_4

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.common_address import CommonAddress

        d = dict(src_dict)
        name = d.pop("name")

        source = CommonAddress.from_dict(d.pop("source"))

        dial_timeout = d.pop("dial_timeout")

        try_interval = d.pop("try_interval")

        max_try_count_0 = d.pop("max_try_count_0")

        detail = d.pop("detail", UNSET)

        max_try_count_1 = d.pop("max_try_count_1", UNSET)

        max_try_count_2 = d.pop("max_try_count_2", UNSET)

        max_try_count_3 = d.pop("max_try_count_3", UNSET)

        max_try_count_4 = d.pop("max_try_count_4", UNSET)

        post_outplans_body = cls(
            name=name,
            source=source,
            dial_timeout=dial_timeout,
            try_interval=try_interval,
            max_try_count_0=max_try_count_0,
            detail=detail,
            max_try_count_1=max_try_count_1,
            max_try_count_2=max_try_count_2,
            max_try_count_3=max_try_count_3,
            max_try_count_4=max_try_count_4,
        )

        post_outplans_body.additional_properties = d
        return post_outplans_body

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
