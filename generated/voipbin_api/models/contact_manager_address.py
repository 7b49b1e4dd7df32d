from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.common_address_type import CommonAddressType
from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="ContactManagerAddress")


@_attrs_define
class ContactManagerAddress:
    """
    Attributes:
        type_ (CommonAddressType | Unset): Type of address. Example: tel.
        target (str | Unset): The address endpoint. Format depends on type: phone number for tel (e.g. +14155551234),
            UUID for agent/conference/extension, email for email, SIP URI for sip. Example: +14155551234.
        target_name (str | Unset): Address's name. Example: John Smith.
        name (str | Unset): Optional label for this address. Example: Main Office.
        detail (str | Unset): Additional notes about this address. Example: Primary contact number.
        id (UUID | Unset): Unique identifier for the address. Example: 550e8400-e29b-41d4-a716-446655440000.
        contact_id (UUID | Unset): Unique identifier of the contact this address belongs to. Example:
            7c4d2f3a-1b8e-4f5c-9a6d-3e2f1a0b4c5d.
        customer_id (UUID | Unset): Unique identifier of the customer this address belongs to. Example:
            a1b2c3d4-e5f6-7890-abcd-ef1234567890.
        is_primary (bool | Unset): Indicates if this is the primary address for the given type. Example: True.
        tm_create (datetime.datetime | None | Unset): Timestamp when the address was created. Example:
            2026-01-15T09:30:00.000000Z.
    """

    type_: CommonAddressType | Unset = UNSET
    target: str | Unset = UNSET
    target_name: str | Unset = UNSET
    name: str | Unset = UNSET
    detail: str | Unset = UNSET
    id: UUID | Unset = UNSET
    contact_id: UUID | Unset = UNSET
    customer_id: UUID | Unset = UNSET
    is_primary: bool | Unset = UNSET
    tm_create: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        target = self.target

        target_name = self.target_name

        name = self.name

        detail = self.detail

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        contact_id: str | Unset = UNSET
        if not isinstance(self.contact_id, Unset):
            contact_id = str(self.contact_id)

        customer_id: str | Unset = UNSET
        if not isinstance(self.customer_id, Unset):
            customer_id = str(self.customer_id)

        is_primary = self.is_primary

        tm_create: None | str | Unset
        if isinstance(self.tm_create, Unset):
            tm_create = UNSET
        elif isinstance(self.tm_create, datetime.datetime):
            tm_create = self.tm_create.isoformat()
        else:
            tm_create = self.tm_create

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
        if id is not UNSET:
            field_dict["id"] = id
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if is_primary is not UNSET:
            field_dict["is_primary"] = is_primary
        if tm_create is not UNSET:
            field_dict["tm_create"] = tm_create

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

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        _contact_id = d.pop("contact_id", UNSET)
        contact_id: UUID | Unset
        if isinstance(_contact_id, Unset):
            contact_id = UNSET
        else:
            contact_id = UUID(_contact_id)

        _customer_id = d.pop("customer_id", UNSET)
        customer_id: UUID | Unset
        if isinstance(_customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = UUID(_customer_id)

        is_primary = d.pop("is_primary", UNSET)

        def _parse_tm_create(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"tm_create: unexpected {type(data).__name__}")
            tm_create_type_0 = parse_datetime(data)

            return tm_create_type_0

        tm_create = _parse_tm_create(d.pop("tm_create", UNSET))

        contact_manager_address = cls(
            type_=type_,
            target=target,
            target_name=target_name,
            name=name,
            detail=detail,
            id=id,
            contact_id=contact_id,
            customer_id=customer_id,
            is_primary=is_primary,
            tm_create=tm_create,
        )

        contact_manager_address.additional_properties = d
        return contact_manager_address

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
