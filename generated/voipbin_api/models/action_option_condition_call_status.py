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


class ActionOptionConditionCallStatus(Model):
    """Attributes:
    status (ActionOptionConditionCallStatusStatus | None): Call's status
    false_target_id (str | None): Target id for false case.
    """

    __slots__ = ("false_target_id", "status")
    _fields = (
        ("status", "status"),
        ("false_target_id", "false_target_id"),
    )
    _wire_names = frozenset(
        {
            "status",
            "false_target_id",
        }
    )

    status: ActionOptionConditionCallStatusStatus | None
    false_target_id: str | None

    def __init__(
        self,
        *,
        status: ActionOptionConditionCallStatusStatus | None = None,
        false_target_id: str | None = None,
    ) -> None:
        self._data = {}
        self.status = status
        self.false_target_id = false_target_id

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "ActionOptionConditionCallStatus")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("status")
        if v is not None:
            m = (
                ActionOptionConditionCallStatusStatus._value2member_map_.get(v)
                if type(v) is str
                else None
            )
            v = (
                open_enum(
                    ActionOptionConditionCallStatusStatus,
                    v,
                    "ActionOptionConditionCallStatus",
                    "status",
                )
                if m is None
                else m
            )
        self.status = v
        v = get("false_target_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError(
                "ActionOptionConditionCallStatus", "false_target_id", "str", v
            )
        self.false_target_id = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.action_option_condition_call_status_status import (
    ActionOptionConditionCallStatusStatus,
)
