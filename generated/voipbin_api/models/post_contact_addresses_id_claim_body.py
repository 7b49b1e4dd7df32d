from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PostContactAddressesIdClaimBody")


@_attrs_define
class PostContactAddressesIdClaimBody:
    """
    Attributes:
        contact_id (UUID):  Example: 5e4a0680-eba3-4001-a000-000000000001.
        force (bool | Unset): When true, overwrite ownership even if the address is currently claimed by a different,
            still-active contact (no 409). Defaults to false, which preserves the original claim behavior. Has no effect
            when the address is unresolved or already owned by the requesting contact. Default: False. Example: False.
    """

    contact_id: UUID
    force: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contact_id = str(self.contact_id)

        force = self.force

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contact_id": contact_id,
            }
        )
        if force is not UNSET:
            field_dict["force"] = force

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        contact_id = UUID(d.pop("contact_id"))

        force = d.pop("force", UNSET)

        post_contact_addresses_id_claim_body = cls(
            contact_id=contact_id,
            force=force,
        )

        post_contact_addresses_id_claim_body.additional_properties = d
        return post_contact_addresses_id_claim_body

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
