from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RequestBodyAuthPasswordResetPOST")


@_attrs_define
class RequestBodyAuthPasswordResetPOST:
    """Request body for POST /auth/password-reset (complete password reset).

    Attributes:
        token (str): 64-character lowercase hexadecimal password reset token. Received via the link in the reset email
            sent by `POST /auth/password-forgot`. Example: a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5f6abcd.
        password (str): The new password to set for the account. Must be at least 8 characters. Example:
            myNewSecurePassword123.
    """

    token: str
    password: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        password = self.password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
                "password": password,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        token = d.pop("token")

        password = d.pop("password")

        request_body_auth_password_reset_post = cls(
            token=token,
            password=password,
        )

        request_body_auth_password_reset_post.additional_properties = d
        return request_body_auth_password_reset_post

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
