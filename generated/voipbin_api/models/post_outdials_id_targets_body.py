from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.common_address import CommonAddress


T = TypeVar("T", bound="PostOutdialsIdTargetsBody")


@_attrs_define
class PostOutdialsIdTargetsBody:
    """
    Attributes:
        name (str):
        detail (str):
        data (str):
        destination_0 (CommonAddress): Contains source or destination detail info.
        destination_1 (CommonAddress): Contains source or destination detail info.
        destination_2 (CommonAddress): Contains source or destination detail info.
        destination_3 (CommonAddress): Contains source or destination detail info.
        destination_4 (CommonAddress): Contains source or destination detail info.
    """

    name: str
    detail: str
    data: str
    destination_0: CommonAddress
    destination_1: CommonAddress
    destination_2: CommonAddress
    destination_3: CommonAddress
    destination_4: CommonAddress
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        detail = self.detail

        data = self.data

        destination_0 = self.destination_0.to_dict()

        destination_1 = self.destination_1.to_dict()

        destination_2 = self.destination_2.to_dict()

        destination_3 = self.destination_3.to_dict()

        destination_4 = self.destination_4.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "detail": detail,
                "data": data,
                "destination_0": destination_0,
                "destination_1": destination_1,
                "destination_2": destination_2,
                "destination_3": destination_3,
                "destination_4": destination_4,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.common_address import CommonAddress

        d = dict(src_dict)
        name = d.pop("name")

        detail = d.pop("detail")

        data = d.pop("data")

        destination_0 = CommonAddress.from_dict(d.pop("destination_0"))

        destination_1 = CommonAddress.from_dict(d.pop("destination_1"))

        destination_2 = CommonAddress.from_dict(d.pop("destination_2"))

        destination_3 = CommonAddress.from_dict(d.pop("destination_3"))

        destination_4 = CommonAddress.from_dict(d.pop("destination_4"))

        post_outdials_id_targets_body = cls(
            name=name,
            detail=detail,
            data=data,
            destination_0=destination_0,
            destination_1=destination_1,
            destination_2=destination_2,
            destination_3=destination_3,
            destination_4=destination_4,
        )

        post_outdials_id_targets_body.additional_properties = d
        return post_outdials_id_targets_body

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
