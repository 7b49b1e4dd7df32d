from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
)


class PutNumbersIdBody(Model):
    """Attributes:
    call_flow_id (str): The ID of the updated call flow.
    message_flow_id (str): The ID of the updated message flow.
    name (str): The updated name of the number.
    detail (str): Updated details for the number.
    """

    __slots__ = ("call_flow_id", "detail", "message_flow_id", "name")
    _fields = (
        ("call_flow_id", "call_flow_id"),
        ("message_flow_id", "message_flow_id"),
        ("name", "name"),
        ("detail", "detail"),
    )
    _wire_names = frozenset(
        {
            "call_flow_id",
            "message_flow_id",
            "name",
            "detail",
        }
    )

    call_flow_id: str
    message_flow_id: str
    name: str
    detail: str

    def __init__(
        self,
        *,
        call_flow_id: str | None = None,
        message_flow_id: str | None = None,
        name: str | None = None,
        detail: str | None = None,
    ) -> None:
        self._data = {}
        self.call_flow_id = call_flow_id  # type: ignore[assignment]
        self.message_flow_id = message_flow_id  # type: ignore[assignment]
        self.name = name  # type: ignore[assignment]
        self.detail = detail  # type: ignore[assignment]

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "PutNumbersIdBody")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("call_flow_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PutNumbersIdBody", "call_flow_id", "str", v)
        self.call_flow_id = v
        v = get("message_flow_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PutNumbersIdBody", "message_flow_id", "str", v)
        self.message_flow_id = v
        v = get("name")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PutNumbersIdBody", "name", "str", v)
        self.name = v
        v = get("detail")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PutNumbersIdBody", "detail", "str", v)
        self.detail = v
        return self
