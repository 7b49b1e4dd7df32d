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


class PutAgentsIdBody(Model):
    """Attributes:
    name (str | None):
    detail (str | None):
    ring_method (AgentRingMethod | None): Method used to ring the agent for incoming calls.
    """

    __slots__ = ("detail", "name", "ring_method")
    _fields = (
        ("name", "name"),
        ("detail", "detail"),
        ("ring_method", "ring_method"),
    )
    _wire_names = frozenset(
        {
            "name",
            "detail",
            "ring_method",
        }
    )

    name: str | None
    detail: str | None
    ring_method: AgentRingMethod | None

    def __init__(
        self,
        *,
        name: str | None = None,
        detail: str | None = None,
        ring_method: AgentRingMethod | None = None,
    ) -> None:
        self._data = {}
        self.name = name
        self.detail = detail
        self.ring_method = ring_method

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "PutAgentsIdBody")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("name")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PutAgentsIdBody", "name", "str", v)
        self.name = v
        v = get("detail")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PutAgentsIdBody", "detail", "str", v)
        self.detail = v
        v = get("ring_method")
        if v is not None:
            m = AgentRingMethod._value2member_map_.get(v) if type(v) is str else None
            v = (
                open_enum(AgentRingMethod, v, "PutAgentsIdBody", "ring_method")
                if m is None
                else m
            )
        self.ring_method = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.agent_ring_method import AgentRingMethod
