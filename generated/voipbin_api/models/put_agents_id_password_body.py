from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
)


class PutAgentsIdPasswordBody(Model):
    """Attributes:
    password (str | None):
    """

    __slots__ = ("password",)
    _fields = (("password", "password"),)
    _wire_names = frozenset(
        {
            "password",
        }
    )

    password: str | None

    def __init__(
        self,
        *,
        password: str | None = None,
    ) -> None:
        self._data = {}
        self.password = password

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "PutAgentsIdPasswordBody")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("password")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PutAgentsIdPasswordBody", "password", "str", v)
        self.password = v
        return self
