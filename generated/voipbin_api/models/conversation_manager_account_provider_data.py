from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConversationManagerAccountProviderData")


@_attrs_define
class ConversationManagerAccountProviderData:
    """Platform-specific provider configuration. Write-only — never returned in GET responses or webhook payloads.
    Currently used for WhatsApp accounts only.

        Attributes:
            phone_number_id (str | Unset): The Meta phone number ID associated with your WhatsApp Business phone number.
                Found in Meta Business Manager under WhatsApp → Phone numbers.
                 Example: 1234567890123456.
            app_secret (str | Unset): The Meta app secret for your WhatsApp Business App. Used to validate the X-Hub-
                Signature-256 header on inbound webhook requests from Meta.
                 Example: abc123def456...redacted....
    """

    phone_number_id: str | Unset = UNSET
    app_secret: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_number_id = self.phone_number_id

        app_secret = self.app_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if phone_number_id is not UNSET:
            field_dict["phone_number_id"] = phone_number_id
        if app_secret is not UNSET:
            field_dict["app_secret"] = app_secret

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        phone_number_id = d.pop("phone_number_id", UNSET)

        app_secret = d.pop("app_secret", UNSET)

        conversation_manager_account_provider_data = cls(
            phone_number_id=phone_number_id,
            app_secret=app_secret,
        )

        conversation_manager_account_provider_data.additional_properties = d
        return conversation_manager_account_provider_data

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
