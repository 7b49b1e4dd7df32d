from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
)


class RequestBodyAuthPasswordResetPOST(Model):
    """Request body for POST /auth/password-reset (complete password reset).

    Attributes:
        token (str): 64-character lowercase hexadecimal password reset token. Received via the link in the reset
            email sent by `POST /auth/password-forgot`.
        password (str): The new password to set for the account. Must be at least 8 characters.
    """

    __slots__ = ("password", "token")
    _fields = (
        ("token", "token"),
        ("password", "password"),
    )
    _wire_names = frozenset(
        {
            "token",
            "password",
        }
    )

    token: str
    password: str

    def __init__(
        self,
        *,
        token: str | None = None,
        password: str | None = None,
    ) -> None:
        self._data = {}
        self.token = token  # type: ignore[assignment]
        self.password = password  # type: ignore[assignment]

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "RequestBodyAuthPasswordResetPOST")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("token")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("RequestBodyAuthPasswordResetPOST", "token", "str", v)
        self.token = v
        v = get("password")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("RequestBodyAuthPasswordResetPOST", "password", "str", v)
        self.password = v
        return self
