from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
)


class AIManagerMessageToolCallsItem(Model):
    """Attributes:
    id (str | None): The unique identifier of the tool call.
    type (str | None): The type of tool call.
    function (AIManagerMessageToolCallsItemFunction | None):
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
    function: AIManagerMessageToolCallsItemFunction | None

    def __init__(
        self,
        *,
        id: str | None = None,
        type: str | None = None,
        function: AIManagerMessageToolCallsItemFunction | None = None,
    ) -> None:
        self._data = {}
        self.id = id
        self.type = type
        self.function = function

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "AIManagerMessageToolCallsItem")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("AIManagerMessageToolCallsItem", "id", "str", v)
        self.id = v
        v = get("type")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("AIManagerMessageToolCallsItem", "type", "str", v)
        self.type = v
        v = get("function")
        if v is not None:
            try:
                v = AIManagerMessageToolCallsItemFunction.from_dict(v)
            except FieldError as error:
                raise error.within(
                    "AIManagerMessageToolCallsItem", "function"
                ) from None
        self.function = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.ai_manager_message_tool_calls_item_function import (
    AIManagerMessageToolCallsItemFunction,
)
