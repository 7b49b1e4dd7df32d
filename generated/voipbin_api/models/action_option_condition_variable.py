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


class ActionOptionConditionVariable(Model):
    """Attributes:
    condition (ActionOptionConditionVariableCondition | None): How the value compares (common.go:15)
    variable (str | None): Variable name.
    value_type (ActionOptionConditionVariableValueType | None): Value's type.
    value_string (str | None):
    value_number (float | None):
    value_length (int | None):
    false_target_id (str | None): Target id for false case.
    """

    __slots__ = (
        "condition",
        "false_target_id",
        "value_length",
        "value_number",
        "value_string",
        "value_type",
        "variable",
    )
    _fields = (
        ("condition", "condition"),
        ("variable", "variable"),
        ("value_type", "value_type"),
        ("value_string", "value_string"),
        ("value_number", "value_number"),
        ("value_length", "value_length"),
        ("false_target_id", "false_target_id"),
    )
    _wire_names = frozenset(
        {
            "condition",
            "variable",
            "value_type",
            "value_string",
            "value_number",
            "value_length",
            "false_target_id",
        }
    )

    condition: ActionOptionConditionVariableCondition | None
    variable: str | None
    value_type: ActionOptionConditionVariableValueType | None
    value_string: str | None
    value_number: float | None
    value_length: int | None
    false_target_id: str | None

    def __init__(
        self,
        *,
        condition: ActionOptionConditionVariableCondition | None = None,
        variable: str | None = None,
        value_type: ActionOptionConditionVariableValueType | None = None,
        value_string: str | None = None,
        value_number: float | None = None,
        value_length: int | None = None,
        false_target_id: str | None = None,
    ) -> None:
        self._data = {}
        self.condition = condition
        self.variable = variable
        self.value_type = value_type
        self.value_string = value_string
        self.value_number = value_number
        self.value_length = value_length
        self.false_target_id = false_target_id

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "ActionOptionConditionVariable")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("condition")
        if v is not None:
            m = (
                ActionOptionConditionVariableCondition._value2member_map_.get(v)
                if type(v) is str
                else None
            )
            v = (
                open_enum(
                    ActionOptionConditionVariableCondition,
                    v,
                    "ActionOptionConditionVariable",
                    "condition",
                )
                if m is None
                else m
            )
        self.condition = v
        v = get("variable")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ActionOptionConditionVariable", "variable", "str", v)
        self.variable = v
        v = get("value_type")
        if v is not None:
            m = (
                ActionOptionConditionVariableValueType._value2member_map_.get(v)
                if type(v) is str
                else None
            )
            v = (
                open_enum(
                    ActionOptionConditionVariableValueType,
                    v,
                    "ActionOptionConditionVariable",
                    "value_type",
                )
                if m is None
                else m
            )
        self.value_type = v
        v = get("value_string")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ActionOptionConditionVariable", "value_string", "str", v)
        self.value_string = v
        v = get("value_number")
        if (
            type(v) is not float
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int | float))
        ):
            raise FieldError(
                "ActionOptionConditionVariable", "value_number", "number", v
            )
        self.value_number = v
        v = get("value_length")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("ActionOptionConditionVariable", "value_length", "int", v)
        self.value_length = v
        v = get("false_target_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError(
                "ActionOptionConditionVariable", "false_target_id", "str", v
            )
        self.false_target_id = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.action_option_condition_variable_condition import (
    ActionOptionConditionVariableCondition,
)
from ..models.action_option_condition_variable_value_type import (
    ActionOptionConditionVariableValueType,
)
