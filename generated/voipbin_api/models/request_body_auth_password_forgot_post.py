from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
)


class RequestBodyAuthPasswordForgotPOST(Model):
    """Request body for POST /auth/password-forgot (initiate password reset).

    Attributes:
        username (str): The agent's username (email address). A reset link will be sent to this address if an
            account exists.
    """

    __slots__ = ("username",)
    _fields = (("username", "username"),)
    _wire_names = frozenset(
        {
            "username",
        }
    )

    username: str

    def __init__(
        self,
        *,
        username: str | None = None,
    ) -> None:
        self._data = {}
        self.username = username  # type: ignore[assignment]

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "RequestBodyAuthPasswordForgotPOST")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("username")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("RequestBodyAuthPasswordForgotPOST", "username", "str", v)
        self.username = v
        return self
