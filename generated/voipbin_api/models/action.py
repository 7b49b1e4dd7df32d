from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    UTC,
    FieldError,
    Model,
    as_object,
    fromisoformat,
    in_utc,
    new_model,
    open_enum,
    timestamp,
)


class Action(Model):
    """Attributes:
    id (str): The unique identifier of this action within the flow.
    next_id (str): The identifier of the next action to execute. References an action `id` within the same
        flow's `actions` array. Null if this is the last action.
    tm_execute (datetime.datetime | None): Timestamp when this action was executed.
    type (ActionType | None): Type of the action.
    option (ActionOption | None):
    """

    __slots__ = ("id", "next_id", "option", "tm_execute", "type")
    _fields = (
        ("id", "id"),
        ("next_id", "next_id"),
        ("tm_execute", "tm_execute"),
        ("type", "type"),
        ("option", "option"),
    )
    _wire_names = frozenset(
        {
            "id",
            "next_id",
            "tm_execute",
            "type",
            "option",
        }
    )

    id: str
    next_id: str
    tm_execute: datetime.datetime | None
    type: ActionType | None
    option: ActionOption | None

    def __init__(
        self,
        *,
        id: str | None = None,
        next_id: str | None = None,
        tm_execute: datetime.datetime | None = None,
        type: ActionType | None = None,
        option: ActionOption | None = None,
    ) -> None:
        self._data = {}
        self.id = id  # type: ignore[assignment]
        self.next_id = next_id  # type: ignore[assignment]
        self.tm_execute = tm_execute
        self.type = type
        self.option = option

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = src_dict if type(src_dict) is dict else as_object(src_dict, "Action")
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Action", "id", "str", v)
        self.id = v
        v = get("next_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Action", "next_id", "str", v)
        self.next_id = v
        v = get("tm_execute")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Action", "tm_execute")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_execute = v
        v = get("type")
        if v is not None:
            v = open_enum(ActionType, v, "Action", "type")
        self.type = v
        v = get("option")
        if v is not None:
            try:
                v = ActionOption.from_dict(v)
            except FieldError as error:
                raise error.within("Action", "option") from None
        self.option = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.action_option import ActionOption
from ..models.action_type import ActionType
