from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
)


class PutRagsIdBody(Model):
    """Attributes:
    name (str | None): Updated name for the rag.
    description (str | None): Updated description.
    """

    __slots__ = ("description", "name")
    _fields = (
        ("name", "name"),
        ("description", "description"),
    )
    _wire_names = frozenset(
        {
            "name",
            "description",
        }
    )

    name: str | None
    description: str | None

    def __init__(
        self,
        *,
        name: str | None = None,
        description: str | None = None,
    ) -> None:
        self._data = {}
        self.name = name
        self.description = description

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = src_dict if type(src_dict) is dict else as_object(src_dict, "PutRagsIdBody")
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("name")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PutRagsIdBody", "name", "str", v)
        self.name = v
        v = get("description")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PutRagsIdBody", "description", "str", v)
        self.description = v
        return self
