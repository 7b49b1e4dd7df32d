from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_service_agents_contacts_id_addresses_body_type import (
    PostServiceAgentsContactsIdAddressesBodyType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PostServiceAgentsContactsIdAddressesBody")


@_attrs_define
class PostServiceAgentsContactsIdAddressesBody:
    """
    Attributes:
        type_ (PostServiceAgentsContactsIdAddressesBodyType): Address type. Example: tel.
        target (str): The address value. E.164 format for tel, email address for email. Example: +155****4567.
        name (str | Unset): Optional human-readable label for this address. Example: Main Office.
        detail (str | Unset): Optional free-form notes about this address. Example: Primary contact number.
        is_primary (bool | Unset): Whether this is the primary address for the given type. Example: True.
    """

    type_: PostServiceAgentsContactsIdAddressesBodyType
    target: str
    name: str | Unset = UNSET
    detail: str | Unset = UNSET
    is_primary: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        target = self.target

        name = self.name

        detail = self.detail

        is_primary = self.is_primary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "target": target,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if detail is not UNSET:
            field_dict["detail"] = detail
        if is_primary is not UNSET:
            field_dict["is_primary"] = is_primary

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = PostServiceAgentsContactsIdAddressesBodyType(d.pop("type"))

        target = d.pop("target")

        name = d.pop("name", UNSET)

        detail = d.pop("detail", UNSET)

        is_primary = d.pop("is_primary", UNSET)

        post_service_agents_contacts_id_addresses_body = cls(
            type_=type_,
            target=target,
            name=name,
            detail=detail,
            is_primary=is_primary,
        )

        post_service_agents_contacts_id_addresses_body.additional_properties = d
        return post_service_agents_contacts_id_addresses_body

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
