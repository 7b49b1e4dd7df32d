from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
)


class ActionOptionGoto(Model):
    """Attributes:
    target_id (str | None): The action ID within the flow to jump to. References an action `id` within the same
        flow's `actions` array.
    loop_count (int | None): Loop count.
    """

    __slots__ = ("loop_count", "target_id")
    _fields = (
        ("target_id", "target_id"),
        ("loop_count", "loop_count"),
    )
    _wire_names = frozenset(
        {
            "target_id",
            "loop_count",
        }
    )

    target_id: str | None
    loop_count: int | None

    def __init__(
        self,
        *,
        target_id: str | None = None,
        loop_count: int | None = None,
    ) -> None:
        self._data = {}
        self.target_id = target_id
        self.loop_count = loop_count

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "ActionOptionGoto")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("target_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ActionOptionGoto", "target_id", "str", v)
        self.target_id = v
        v = get("loop_count")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("ActionOptionGoto", "loop_count", "int", v)
        self.loop_count = v
        return self
