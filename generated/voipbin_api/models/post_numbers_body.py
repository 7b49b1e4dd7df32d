from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
    open_enum,
)


class PostNumbersBody(Model):
    """Attributes:
    number (str): The phone number.
    call_flow_id (str): The ID of the call flow.
    message_flow_id (str): The ID of the message flow.
    name (str): The name of the number.
    detail (str): Additional details about the number.
    type (NumberType | None): The type of the number.
    """

    __slots__ = ("call_flow_id", "detail", "message_flow_id", "name", "number", "type")
    _fields = (
        ("number", "number"),
        ("call_flow_id", "call_flow_id"),
        ("message_flow_id", "message_flow_id"),
        ("name", "name"),
        ("detail", "detail"),
        ("type", "type"),
    )
    _wire_names = frozenset(
        {
            "number",
            "call_flow_id",
            "message_flow_id",
            "name",
            "detail",
            "type",
        }
    )

    number: str
    call_flow_id: str
    message_flow_id: str
    name: str
    detail: str
    type: NumberType | None

    def __init__(
        self,
        *,
        number: str | None = None,
        call_flow_id: str | None = None,
        message_flow_id: str | None = None,
        name: str | None = None,
        detail: str | None = None,
        type: NumberType | None = None,
    ) -> None:
        self._data = {}
        self.number = number  # type: ignore[assignment]
        self.call_flow_id = call_flow_id  # type: ignore[assignment]
        self.message_flow_id = message_flow_id  # type: ignore[assignment]
        self.name = name  # type: ignore[assignment]
        self.detail = detail  # type: ignore[assignment]
        self.type = type

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "PostNumbersBody")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("number")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostNumbersBody", "number", "str", v)
        self.number = v
        v = get("call_flow_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostNumbersBody", "call_flow_id", "str", v)
        self.call_flow_id = v
        v = get("message_flow_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostNumbersBody", "message_flow_id", "str", v)
        self.message_flow_id = v
        v = get("name")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostNumbersBody", "name", "str", v)
        self.name = v
        v = get("detail")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostNumbersBody", "detail", "str", v)
        self.detail = v
        v = get("type")
        if v is not None:
            m = NumberType._value2member_map_.get(v) if type(v) is str else None
            v = open_enum(NumberType, v, "PostNumbersBody", "type") if m is None else m
        self.type = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.number_type import NumberType
