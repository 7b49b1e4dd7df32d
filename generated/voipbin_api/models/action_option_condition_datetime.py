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


class ActionOptionConditionDatetime(Model):
    """Attributes:
    condition (ActionOptionConditionDatetimeCondition | None): How the value compares (common.go:15)
    minute (int | None): 0 - 59
    hour (int | None): 0 - 23
    day (int | None): 1 - 31
    month (int | None): 1 - 12
    weekdays (list[int] | None): Sunday: 0, Monday: 1, Tuesday: 2, Wednesday: 3, Thursday: 4, Friday: 5,
        Saturday: 6
    false_target_id (str | None): Target id for false case.
    """

    __slots__ = (
        "condition",
        "day",
        "false_target_id",
        "hour",
        "minute",
        "month",
        "weekdays",
    )
    _fields = (
        ("condition", "condition"),
        ("minute", "minute"),
        ("hour", "hour"),
        ("day", "day"),
        ("month", "month"),
        ("weekdays", "weekdays"),
        ("false_target_id", "false_target_id"),
    )
    _wire_names = frozenset(
        {
            "condition",
            "minute",
            "hour",
            "day",
            "month",
            "weekdays",
            "false_target_id",
        }
    )

    condition: ActionOptionConditionDatetimeCondition | None
    minute: int | None
    hour: int | None
    day: int | None
    month: int | None
    weekdays: list[int] | None
    false_target_id: str | None

    def __init__(
        self,
        *,
        condition: ActionOptionConditionDatetimeCondition | None = None,
        minute: int | None = None,
        hour: int | None = None,
        day: int | None = None,
        month: int | None = None,
        weekdays: list[int] | None = None,
        false_target_id: str | None = None,
    ) -> None:
        self._data = {}
        self.condition = condition
        self.minute = minute
        self.hour = hour
        self.day = day
        self.month = month
        self.weekdays = weekdays
        self.false_target_id = false_target_id

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "ActionOptionConditionDatetime")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("condition")
        if v is not None:
            m = (
                ActionOptionConditionDatetimeCondition._value2member_map_.get(v)
                if type(v) is str
                else None
            )
            v = (
                open_enum(
                    ActionOptionConditionDatetimeCondition,
                    v,
                    "ActionOptionConditionDatetime",
                    "condition",
                )
                if m is None
                else m
            )
        self.condition = v
        v = get("minute")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("ActionOptionConditionDatetime", "minute", "int", v)
        self.minute = v
        v = get("hour")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("ActionOptionConditionDatetime", "hour", "int", v)
        self.hour = v
        v = get("day")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("ActionOptionConditionDatetime", "day", "int", v)
        self.day = v
        v = get("month")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("ActionOptionConditionDatetime", "month", "int", v)
        self.month = v
        v = get("weekdays")
        if v is not None:
            if type(v) is not list:
                raise FieldError(
                    "ActionOptionConditionDatetime", "weekdays", "array", v
                )
        self.weekdays = v
        v = get("false_target_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError(
                "ActionOptionConditionDatetime", "false_target_id", "str", v
            )
        self.false_target_id = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.action_option_condition_datetime_condition import (
    ActionOptionConditionDatetimeCondition,
)
