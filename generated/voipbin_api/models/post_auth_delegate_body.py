from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
)


class PostAuthDelegateBody(Model):
    """Attributes:
    customer_id (str): The customer to act as.
    reason (str): Why: 10 to 200 printable ASCII characters (audited).
    """

    __slots__ = (
        "customer_id",
        "reason",
    )
    _fields = (
        ("customer_id", "customer_id"),
        ("reason", "reason"),
    )
    _wire_names = frozenset(
        {
            "customer_id",
            "reason",
        }
    )

    customer_id: str
    reason: str

    def __init__(
        self,
        *,
        customer_id: str | None = None,
        reason: str | None = None,
    ) -> None:
        self._data = {}
        self.customer_id = customer_id  # type: ignore[assignment]
        self.reason = reason  # type: ignore[assignment]

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "PostAuthDelegateBody")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("customer_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostAuthDelegateBody", "customer_id", "str", v)
        self.customer_id = v
        v = get("reason")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostAuthDelegateBody", "reason", "str", v)
        self.reason = v
        return self
