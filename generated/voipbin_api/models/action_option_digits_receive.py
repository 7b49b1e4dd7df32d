from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
)


class ActionOptionDigitsReceive(Model):
    """Attributes:
    duration (int | None): DTMF receiving duration in milliseconds.
    key (str | None): If set, determines which DTMF key triggers the next step.
        The end key is not included in the resulting variable.
        If not set, no key will trigger the next step.
    length (int | None): An optional limit to the number of DTMF events that should be gathered before
        continuing.
    """

    __slots__ = (
        "duration",
        "key",
        "length",
    )
    _fields = (
        ("duration", "duration"),
        ("key", "key"),
        ("length", "length"),
    )
    _wire_names = frozenset(
        {
            "duration",
            "key",
            "length",
        }
    )

    duration: int | None
    key: str | None
    length: int | None

    def __init__(
        self,
        *,
        duration: int | None = None,
        key: str | None = None,
        length: int | None = None,
    ) -> None:
        self._data = {}
        self.duration = duration
        self.key = key
        self.length = length

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "ActionOptionDigitsReceive")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("duration")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("ActionOptionDigitsReceive", "duration", "int", v)
        self.duration = v
        v = get("key")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ActionOptionDigitsReceive", "key", "str", v)
        self.key = v
        v = get("length")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("ActionOptionDigitsReceive", "length", "int", v)
        self.length = v
        return self
