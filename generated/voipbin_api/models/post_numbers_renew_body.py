from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
)


class PostNumbersRenewBody(Model):
    """Attributes:
    tm_renew (str): The timestamp for renewing the number.
    """

    __slots__ = ("tm_renew",)
    _fields = (("tm_renew", "tm_renew"),)
    _wire_names = frozenset(
        {
            "tm_renew",
        }
    )

    tm_renew: str

    def __init__(
        self,
        *,
        tm_renew: str | None = None,
    ) -> None:
        self._data = {}
        self.tm_renew = tm_renew  # type: ignore[assignment]

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "PostNumbersRenewBody")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("tm_renew")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostNumbersRenewBody", "tm_renew", "str", v)
        self.tm_renew = v
        return self
