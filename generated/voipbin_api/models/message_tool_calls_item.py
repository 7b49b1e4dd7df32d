from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
)


class MessageToolCallsItem(Model):
    """Attributes:
    id (str | None): The unique identifier of the tool call.
    type (str | None): The type of tool call.
    function (MessageToolCallsItemFunction | None):
    """

    __slots__ = ("function", "id", "type")
    _fields = (
        ("id", "id"),
        ("type", "type"),
        ("function", "function"),
    )
    _wire_names = frozenset(
        {
            "id",
            "type",
            "function",
        }
    )

    id: str | None
    type: str | None
    function: MessageToolCallsItemFunction | None

    def __init__(
        self,
        *,
        id: str | None = None,
        type: str | None = None,
        function: MessageToolCallsItemFunction | None = None,
    ) -> None:
        self._data = {}
        self.id = id
        self.type = type
        self.function = function

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "MessageToolCallsItem")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("MessageToolCallsItem", "id", "str", v)
        self.id = v
        v = get("type")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("MessageToolCallsItem", "type", "str", v)
        self.type = v
        v = get("function")
        if v is not None:
            try:
                v = MessageToolCallsItemFunction.from_dict(v)
            except FieldError as error:
                raise error.within("MessageToolCallsItem", "function") from None
        self.function = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.message_tool_calls_item_function import MessageToolCallsItemFunction
