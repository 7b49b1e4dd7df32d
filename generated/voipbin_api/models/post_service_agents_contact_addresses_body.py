from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_service_agents_contact_addresses_body_type import (
    PostServiceAgentsContactAddressesBodyType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PostServiceAgentsContactAddressesBody")


@_attrs_define
class PostServiceAgentsContactAddressesBody:
    """
    Attributes:
        type_ (PostServiceAgentsContactAddressesBodyType): Address type. 'tel' for phone numbers, 'email' for email
            addresses. Example: tel.
        target (str): The address value. E.164 format for tel, email address for email. Example: +155****4567.
        contact_id (UUID | Unset): The ID of the contact to add the address to. Omit to create an unresolved address in
            the customer's unresolved pool. Example: 5e4a0680-eba3-4001-a000-000000000001.
        name (str | Unset): Optional human-readable label for this address. Example: Main Office.
        detail (str | Unset): Optional free-form notes about this address. Example: Primary contact number.
        is_primary (bool | Unset): Whether this is the primary address for the contact. Example: True.
    """

    type_: PostServiceAgentsContactAddressesBodyType
    target: str
    contact_id: UUID | Unset = UNSET
    name: str | Unset = UNSET
    detail: str | Unset = UNSET
    is_primary: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        target = self.target

        contact_id: str | Unset = UNSET
        if not isinstance(self.contact_id, Unset):
            contact_id = str(self.contact_id)

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
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
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
        type_ = PostServiceAgentsContactAddressesBodyType(d.pop("type"))

        target = d.pop("target")

        _contact_id = d.pop("contact_id", UNSET)
        contact_id: UUID | Unset
        if isinstance(_contact_id, Unset):
            contact_id = UNSET
        else:
            contact_id = UUID(_contact_id)

        name = d.pop("name", UNSET)

        detail = d.pop("detail", UNSET)

        is_primary = d.pop("is_primary", UNSET)

        post_service_agents_contact_addresses_body = cls(
            type_=type_,
            target=target,
            contact_id=contact_id,
            name=name,
            detail=detail,
            is_primary=is_primary,
        )

        post_service_agents_contact_addresses_body.additional_properties = d
        return post_service_agents_contact_addresses_body

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
