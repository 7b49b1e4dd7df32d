from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
)


class PutExtensionsIdBody(Model):
    """Attributes:
    name (str):
    detail (str):
    password (str):
    """

    __slots__ = ("detail", "name", "password")
    _fields = (
        ("name", "name"),
        ("detail", "detail"),
        ("password", "password"),
    )
    _wire_names = frozenset(
        {
            "name",
            "detail",
            "password",
        }
    )

    name: str
    detail: str
    password: str

    def __init__(
        self,
        *,
        name: str | None = None,
        detail: str | None = None,
        password: str | None = None,
    ) -> None:
        self._data = {}
        self.name = name  # type: ignore[assignment]
        self.detail = detail  # type: ignore[assignment]
        self.password = password  # type: ignore[assignment]

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "PutExtensionsIdBody")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("name")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PutExtensionsIdBody", "name", "str", v)
        self.name = v
        v = get("detail")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PutExtensionsIdBody", "detail", "str", v)
        self.detail = v
        v = get("password")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PutExtensionsIdBody", "password", "str", v)
        self.password = v
        return self
