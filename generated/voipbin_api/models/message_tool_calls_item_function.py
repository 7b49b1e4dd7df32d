from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
)


class MessageToolCallsItemFunction(Model):
    """Attributes:
    name (str | None): The name of the function to call.
    arguments (str | None): The arguments to pass to the function as a JSON string.
    """

    __slots__ = ("arguments", "name")
    _fields = (
        ("name", "name"),
        ("arguments", "arguments"),
    )
    _wire_names = frozenset(
        {
            "name",
            "arguments",
        }
    )

    name: str | None
    arguments: str | None

    def __init__(
        self,
        *,
        name: str | None = None,
        arguments: str | None = None,
    ) -> None:
        self._data = {}
        self.name = name
        self.arguments = arguments

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "MessageToolCallsItemFunction")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("name")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("MessageToolCallsItemFunction", "name", "str", v)
        self.name = v
        v = get("arguments")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("MessageToolCallsItemFunction", "arguments", "str", v)
        self.arguments = v
        return self
