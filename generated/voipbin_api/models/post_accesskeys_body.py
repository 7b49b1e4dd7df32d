from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
)


class PostAccesskeysBody(Model):
    """Attributes:
    name (str | None):
    detail (str | None):
    expire (int | None):
    """

    __slots__ = ("detail", "expire", "name")
    _fields = (
        ("name", "name"),
        ("detail", "detail"),
        ("expire", "expire"),
    )
    _wire_names = frozenset(
        {
            "name",
            "detail",
            "expire",
        }
    )

    name: str | None
    detail: str | None
    expire: int | None

    def __init__(
        self,
        *,
        name: str | None = None,
        detail: str | None = None,
        expire: int | None = None,
    ) -> None:
        self._data = {}
        self.name = name
        self.detail = detail
        self.expire = expire

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "PostAccesskeysBody")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("name")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostAccesskeysBody", "name", "str", v)
        self.name = v
        v = get("detail")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostAccesskeysBody", "detail", "str", v)
        self.detail = v
        v = get("expire")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("PostAccesskeysBody", "expire", "int", v)
        self.expire = v
        return self
