from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.common_address_type import CommonAddressType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CommonAddress")


@_attrs_define
class CommonAddress:
    """Contains source or destination detail info.

    Attributes:
        type_ (CommonAddressType | Unset): Type of address. Example: tel.
        target (str | Unset): The address endpoint. Format depends on type: phone number for tel (e.g. +14155551234),
            UUID for agent/conference/extension, email for email, SIP URI for sip. Example: +14155551234.
        target_name (str | Unset): Address's name. Example: John Smith.
        name (str | Unset): Optional label for this address. Example: Main Office.
        detail (str | Unset): Additional notes about this address. Example: Primary contact number.
    """

    type_: CommonAddressType | Unset = UNSET
    target: str | Unset = UNSET
    target_name: str | Unset = UNSET
    name: str | Unset = UNSET
    detail: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        target = self.target

        target_name = self.target_name

        name = self.name

        detail = self.detail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if target is not UNSET:
            field_dict["target"] = target
        if target_name is not UNSET:
            field_dict["target_name"] = target_name
        if name is not UNSET:
            field_dict["name"] = name
        if detail is not UNSET:
            field_dict["detail"] = detail

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: CommonAddressType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = CommonAddressType(_type_)

        target = d.pop("target", UNSET)

        target_name = d.pop("target_name", UNSET)

        name = d.pop("name", UNSET)

        detail = d.pop("detail", UNSET)

        common_address = cls(
            type_=type_,
            target=target,
            target_name=target_name,
            name=name,
            detail=detail,
        )

        common_address.additional_properties = d
        return common_address

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
