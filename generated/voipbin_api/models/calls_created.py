from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    Model,
    as_object,
    model_list,
    new_model,
)


class CallsCreated(Model):
    """Attributes:
    calls (list[Call] | None):
    groupcalls (list[Groupcall] | None):
    """

    __slots__ = (
        "calls",
        "groupcalls",
    )
    _fields = (
        ("calls", "calls"),
        ("groupcalls", "groupcalls"),
    )
    _wire_names = frozenset(
        {
            "calls",
            "groupcalls",
        }
    )

    calls: list[Call] | None
    groupcalls: list[Groupcall] | None

    def __init__(
        self,
        *,
        calls: list[Call] | None = None,
        groupcalls: list[Groupcall] | None = None,
    ) -> None:
        self._data = {}
        self.calls = calls
        self.groupcalls = groupcalls

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = src_dict if type(src_dict) is dict else as_object(src_dict, "CallsCreated")
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("calls")
        if v is not None:
            v = model_list(Call, v, "CallsCreated", "calls")
        self.calls = v
        v = get("groupcalls")
        if v is not None:
            v = model_list(Groupcall, v, "CallsCreated", "groupcalls")
        self.groupcalls = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.call import Call
from ..models.groupcall import Groupcall
