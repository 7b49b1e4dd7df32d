from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
)


class ActionOptionEcho(Model):
    """Attributes:
    duration (int | None): Duration of the echo in milliseconds.
    """

    __slots__ = ("duration",)
    _fields = (("duration", "duration"),)
    _wire_names = frozenset(
        {
            "duration",
        }
    )

    duration: int | None

    def __init__(
        self,
        *,
        duration: int | None = None,
    ) -> None:
        self._data = {}
        self.duration = duration

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "ActionOptionEcho")
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
            raise FieldError("ActionOptionEcho", "duration", "int", v)
        self.duration = v
        return self
