from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.conversation_manager_account_provider_data import (
        ConversationManagerAccountProviderData,
    )


T = TypeVar("T", bound="PutConversationAccountsIdBody")


@_attrs_define
class PutConversationAccountsIdBody:
    """
    Attributes:
        name (str | Unset):
        detail (str | Unset):
        secret (str | Unset):
        token (str | Unset):
        provider_data (ConversationManagerAccountProviderData | Unset): Platform-specific provider configuration. Write-
            only — never returned in GET responses or webhook payloads. Currently used for WhatsApp accounts only.
        message_flow_id (UUID | Unset):
    """

    name: str | Unset = UNSET
    detail: str | Unset = UNSET
    secret: str | Unset = UNSET
    token: str | Unset = UNSET
    provider_data: ConversationManagerAccountProviderData | Unset = UNSET
    message_flow_id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        detail = self.detail

        secret = self.secret

        token = self.token

        provider_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.provider_data, Unset):
            provider_data = self.provider_data.to_dict()

        message_flow_id: str | Unset = UNSET
        if not isinstance(self.message_flow_id, Unset):
            message_flow_id = str(self.message_flow_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if detail is not UNSET:
            field_dict["detail"] = detail
        if secret is not UNSET:
            field_dict["secret"] = secret
        if token is not UNSET:
            field_dict["token"] = token
        if provider_data is not UNSET:
            field_dict["provider_data"] = provider_data
        if message_flow_id is not UNSET:
            field_dict["message_flow_id"] = message_flow_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.conversation_manager_account_provider_data import (
            ConversationManagerAccountProviderData,
        )

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        detail = d.pop("detail", UNSET)

        secret = d.pop("secret", UNSET)

        token = d.pop("token", UNSET)

        _provider_data = d.pop("provider_data", UNSET)
        provider_data: ConversationManagerAccountProviderData | Unset
        if isinstance(_provider_data, Unset):
            provider_data = UNSET
        else:
            provider_data = ConversationManagerAccountProviderData.from_dict(
                _provider_data
            )

        _message_flow_id = d.pop("message_flow_id", UNSET)
        message_flow_id: UUID | Unset
        if isinstance(_message_flow_id, Unset):
            message_flow_id = UNSET
        else:
            message_flow_id = UUID(_message_flow_id)

        put_conversation_accounts_id_body = cls(
            name=name,
            detail=detail,
            secret=secret,
            token=token,
            provider_data=provider_data,
            message_flow_id=message_flow_id,
        )

        put_conversation_accounts_id_body.additional_properties = d
        return put_conversation_accounts_id_body

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
