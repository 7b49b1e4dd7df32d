from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
)


class RequestBodyAuthEmailVerifyPOST(Model):
    """Request body for POST /auth/email-verify (email verification).

    Attributes:
        token (str): 64-character lowercase hexadecimal verification token. Sent to the customer's email after `POST
            /auth/signup`.
    """

    __slots__ = ("token",)
    _fields = (("token", "token"),)
    _wire_names = frozenset(
        {
            "token",
        }
    )

    token: str

    def __init__(
        self,
        *,
        token: str | None = None,
    ) -> None:
        self._data = {}
        self.token = token  # type: ignore[assignment]

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "RequestBodyAuthEmailVerifyPOST")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("token")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("RequestBodyAuthEmailVerifyPOST", "token", "str", v)
        self.token = v
        return self
