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


class PutServiceAgentsMeBody(Model):
    """Attributes:
    name (str): The updated name of the agent.
    detail (str): Additional details about the agent.
    ring_method (AgentRingMethod): Method used to ring the agent for incoming calls.
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

    name: str
    detail: str
    ring_method: AgentRingMethod

    def __init__(
        self,
        *,
        name: str | None = None,
        detail: str | None = None,
        ring_method: AgentRingMethod | None = None,
    ) -> None:
        self._data = {}
        self.name = name  # type: ignore[assignment]
        self.detail = detail  # type: ignore[assignment]
        self.ring_method = ring_method  # type: ignore[assignment]

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "PutServiceAgentsMeBody")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("name")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PutServiceAgentsMeBody", "name", "str", v)
        self.name = v
        v = get("detail")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PutServiceAgentsMeBody", "detail", "str", v)
        self.detail = v
        v = get("ring_method")
        if v is not None:
            m = AgentRingMethod._value2member_map_.get(v) if type(v) is str else None
            v = (
                open_enum(AgentRingMethod, v, "PutServiceAgentsMeBody", "ring_method")
                if m is None
                else m
            )
        self.ring_method = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.agent_ring_method import AgentRingMethod
