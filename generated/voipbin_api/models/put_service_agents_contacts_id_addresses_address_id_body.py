from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PutServiceAgentsContactsIdAddressesAddressIdBody")


@_attrs_define
class PutServiceAgentsContactsIdAddressesAddressIdBody:
    """
    Attributes:
        target (str | Unset): The updated address value. Example: +155****9999.
        name (str | Unset): Optional human-readable label for this address. Example: Main Office.
        detail (str | Unset): Optional free-form notes about this address. Example: Primary contact number.
        is_primary (bool | Unset): Whether this is the primary address for the given type. Example: True.
    """

    target: str | Unset = UNSET
    name: str | Unset = UNSET
    detail: str | Unset = UNSET
    is_primary: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target = self.target

        name = self.name

        detail = self.detail

        is_primary = self.is_primary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if target is not UNSET:
            field_dict["target"] = target
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
        target = d.pop("target", UNSET)

        name = d.pop("name", UNSET)

        detail = d.pop("detail", UNSET)

        is_primary = d.pop("is_primary", UNSET)

        put_service_agents_contacts_id_addresses_address_id_body = cls(
            target=target,
            name=name,
            detail=detail,
            is_primary=is_primary,
        )

        put_service_agents_contacts_id_addresses_address_id_body.additional_properties = d
        return put_service_agents_contacts_id_addresses_address_id_body

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
