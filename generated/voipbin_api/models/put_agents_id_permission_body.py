from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    Model,
    as_object,
    new_model,
    open_enum,
)


class PutAgentsIdPermissionBody(Model):
    """Attributes:
    permission (AgentPermission | None): Permission type
    """

    __slots__ = ("permission",)
    _fields = (("permission", "permission"),)
    _wire_names = frozenset(
        {
            "permission",
        }
    )

    permission: AgentPermission | None

    def __init__(
        self,
        *,
        permission: AgentPermission | None = None,
    ) -> None:
        self._data = {}
        self.permission = permission

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "PutAgentsIdPermissionBody")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("permission")
        if v is not None:
            m = AgentPermission._value2member_map_.get(v) if type(v) is int else None
            v = (
                open_enum(AgentPermission, v, "PutAgentsIdPermissionBody", "permission")
                if m is None
                else m
            )
        self.permission = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.agent_permission import AgentPermission
