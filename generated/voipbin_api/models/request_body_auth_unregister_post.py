from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RequestBodyAuthUnregisterPOST")


@_attrs_define
class RequestBodyAuthUnregisterPOST:
    """Request body for POST /auth/unregister (self-service account deletion).
    Exactly one of `password` or `confirmation_phrase` must be provided.

        Attributes:
            password (str | Unset): Account password for re-authentication. Required for password-based accounts. Mutually
                exclusive with `confirmation_phrase`. Example: mySecurePassword123.
            confirmation_phrase (str | Unset): Must be exactly "DELETE". Required for SSO users and API-key authenticated
                requests. Mutually exclusive with `password`. Example: DELETE.
            immediate (bool | Unset): If true, skip the 30-day grace period and delete the account immediately. The account
                is frozen and then permanently deleted (PII anonymized, all resources cascade-deleted) in a single request.
                Default: false. Example: False.
    """

    password: str | Unset = UNSET
    confirmation_phrase: str | Unset = UNSET
    immediate: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        password = self.password

        confirmation_phrase = self.confirmation_phrase

        immediate = self.immediate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if password is not UNSET:
            field_dict["password"] = password
        if confirmation_phrase is not UNSET:
            field_dict["confirmation_phrase"] = confirmation_phrase
        if immediate is not UNSET:
            field_dict["immediate"] = immediate

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        password = d.pop("password", UNSET)

        confirmation_phrase = d.pop("confirmation_phrase", UNSET)

        immediate = d.pop("immediate", UNSET)

        request_body_auth_unregister_post = cls(
            password=password,
            confirmation_phrase=confirmation_phrase,
            immediate=immediate,
        )

        request_body_auth_unregister_post.additional_properties = d
        return request_body_auth_unregister_post

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
