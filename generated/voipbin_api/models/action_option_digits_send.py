from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
)


class ActionOptionDigitsSend(Model):
    """Attributes:
    digits (str | None): Keys to send. Allowed characters: 0-9, A-D, #, *. Max 100 keys.
    duration (int | None): Duration per DTMF tone (ms).
    interval (int | None): Interval between keys (ms).
    """

    __slots__ = (
        "digits",
        "duration",
        "interval",
    )
    _fields = (
        ("digits", "digits"),
        ("duration", "duration"),
        ("interval", "interval"),
    )
    _wire_names = frozenset(
        {
            "digits",
            "duration",
            "interval",
        }
    )

    digits: str | None
    duration: int | None
    interval: int | None

    def __init__(
        self,
        *,
        digits: str | None = None,
        duration: int | None = None,
        interval: int | None = None,
    ) -> None:
        self._data = {}
        self.digits = digits
        self.duration = duration
        self.interval = interval

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "ActionOptionDigitsSend")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("digits")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ActionOptionDigitsSend", "digits", "str", v)
        self.digits = v
        v = get("duration")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("ActionOptionDigitsSend", "duration", "int", v)
        self.duration = v
        v = get("interval")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("ActionOptionDigitsSend", "interval", "int", v)
        self.interval = v
        return self
