from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    Model,
    as_object,
    new_model,
    open_enum,
)


class PutServiceAgentsMeStatusBody(Model):
    """Attributes:
    status (AgentStatus): Current availability status of the agent.
    """

    __slots__ = ("status",)
    _fields = (("status", "status"),)
    _wire_names = frozenset(
        {
            "status",
        }
    )

    status: AgentStatus

    def __init__(
        self,
        *,
        status: AgentStatus | None = None,
    ) -> None:
        self._data = {}
        self.status = status  # type: ignore[assignment]

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "PutServiceAgentsMeStatusBody")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("status")
        if v is not None:
            m = AgentStatus._value2member_map_.get(v) if type(v) is str else None
            v = (
                open_enum(AgentStatus, v, "PutServiceAgentsMeStatusBody", "status")
                if m is None
                else m
            )
        self.status = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.agent_status import AgentStatus
