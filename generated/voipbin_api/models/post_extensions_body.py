from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
)


class PostExtensionsBody(Model):
    """Attributes:
    extension (str):
    password (str):
    name (str):
    detail (str):
    """

    __slots__ = ("detail", "extension", "name", "password")
    _fields = (
        ("extension", "extension"),
        ("password", "password"),
        ("name", "name"),
        ("detail", "detail"),
    )
    _wire_names = frozenset(
        {
            "extension",
            "password",
            "name",
            "detail",
        }
    )

    extension: str
    password: str
    name: str
    detail: str

    def __init__(
        self,
        *,
        extension: str | None = None,
        password: str | None = None,
        name: str | None = None,
        detail: str | None = None,
    ) -> None:
        self._data = {}
        self.extension = extension  # type: ignore[assignment]
        self.password = password  # type: ignore[assignment]
        self.name = name  # type: ignore[assignment]
        self.detail = detail  # type: ignore[assignment]

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "PostExtensionsBody")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("extension")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostExtensionsBody", "extension", "str", v)
        self.extension = v
        v = get("password")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostExtensionsBody", "password", "str", v)
        self.password = v
        v = get("name")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostExtensionsBody", "name", "str", v)
        self.name = v
        v = get("detail")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostExtensionsBody", "detail", "str", v)
        self.detail = v
        return self
