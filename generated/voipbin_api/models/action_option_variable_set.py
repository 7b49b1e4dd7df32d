from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
)


class ActionOptionVariableSet(Model):
    """Attributes:
    key (str | None): The key of the variable to set.
    value (str | None): The value of the variable to set.
    """

    __slots__ = (
        "key",
        "value",
    )
    _fields = (
        ("key", "key"),
        ("value", "value"),
    )
    _wire_names = frozenset(
        {
            "key",
            "value",
        }
    )

    key: str | None
    value: str | None

    def __init__(
        self,
        *,
        key: str | None = None,
        value: str | None = None,
    ) -> None:
        self._data = {}
        self.key = key
        self.value = value

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "ActionOptionVariableSet")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("key")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ActionOptionVariableSet", "key", "str", v)
        self.key = v
        v = get("value")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ActionOptionVariableSet", "value", "str", v)
        self.value = v
        return self
