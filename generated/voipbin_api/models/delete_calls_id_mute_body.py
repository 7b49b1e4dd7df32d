from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    Model,
    as_object,
    new_model,
    open_enum,
)


class DeleteCallsIdMuteBody(Model):
    """Attributes:
    direction (CallMuteDirection | None): Possible mute directions for the call
    """

    __slots__ = ("direction",)
    _fields = (("direction", "direction"),)
    _wire_names = frozenset(
        {
            "direction",
        }
    )

    direction: CallMuteDirection | None

    def __init__(
        self,
        *,
        direction: CallMuteDirection | None = None,
    ) -> None:
        self._data = {}
        self.direction = direction

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "DeleteCallsIdMuteBody")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("direction")
        if v is not None:
            m = CallMuteDirection._value2member_map_.get(v) if type(v) is str else None
            v = (
                open_enum(CallMuteDirection, v, "DeleteCallsIdMuteBody", "direction")
                if m is None
                else m
            )
        self.direction = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.call_mute_direction import CallMuteDirection
