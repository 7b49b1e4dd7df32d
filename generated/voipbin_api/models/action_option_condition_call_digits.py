from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
)


class ActionOptionConditionCallDigits(Model):
    """Attributes:
    length (int | None): Digit length for finish
    key (str | None): Digit key for finish
    false_target_id (str | None): Target id for false case.
    """

    __slots__ = ("false_target_id", "key", "length")
    _fields = (
        ("length", "length"),
        ("key", "key"),
        ("false_target_id", "false_target_id"),
    )
    _wire_names = frozenset(
        {
            "length",
            "key",
            "false_target_id",
        }
    )

    length: int | None
    key: str | None
    false_target_id: str | None

    def __init__(
        self,
        *,
        length: int | None = None,
        key: str | None = None,
        false_target_id: str | None = None,
    ) -> None:
        self._data = {}
        self.length = length
        self.key = key
        self.false_target_id = false_target_id

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "ActionOptionConditionCallDigits")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("length")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("ActionOptionConditionCallDigits", "length", "int", v)
        self.length = v
        v = get("key")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ActionOptionConditionCallDigits", "key", "str", v)
        self.key = v
        v = get("false_target_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError(
                "ActionOptionConditionCallDigits", "false_target_id", "str", v
            )
        self.false_target_id = v
        return self
