from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
)


class AuthDelegateResponse(Model):
    """Attributes:
    token (str): A JWT of type delegate.
    customer_id (str):
    expire (str): When the token expires (2006-01-02T15:04:05.000000Z layout).
    """

    __slots__ = ("customer_id", "expire", "token")
    _fields = (
        ("token", "token"),
        ("customer_id", "customer_id"),
        ("expire", "expire"),
    )
    _wire_names = frozenset(
        {
            "token",
            "customer_id",
            "expire",
        }
    )

    token: str
    customer_id: str
    expire: str

    def __init__(
        self,
        *,
        token: str | None = None,
        customer_id: str | None = None,
        expire: str | None = None,
    ) -> None:
        self._data = {}
        self.token = token  # type: ignore[assignment]
        self.customer_id = customer_id  # type: ignore[assignment]
        self.expire = expire  # type: ignore[assignment]

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "AuthDelegateResponse")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("token")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("AuthDelegateResponse", "token", "str", v)
        self.token = v
        v = get("customer_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("AuthDelegateResponse", "customer_id", "str", v)
        self.customer_id = v
        v = get("expire")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("AuthDelegateResponse", "expire", "str", v)
        self.expire = v
        return self
