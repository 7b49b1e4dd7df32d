from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    Address,
    FieldError,
    Model,
    as_object,
    model_list,
    new_model,
    open_enum,
    str_list,
)


class PostAgentsBody(Model):
    """Attributes:
    username (str):
    password (str):
    name (str):
    detail (str):
    ring_method (AgentRingMethod): Method used to ring the agent for incoming calls.
    permission (AgentPermission): Permission type
    tag_ids (list[str]):
    addresses (list[Address]):
    """

    __slots__ = (
        "addresses",
        "detail",
        "name",
        "password",
        "permission",
        "ring_method",
        "tag_ids",
        "username",
    )
    _fields = (
        ("username", "username"),
        ("password", "password"),
        ("name", "name"),
        ("detail", "detail"),
        ("ring_method", "ring_method"),
        ("permission", "permission"),
        ("tag_ids", "tag_ids"),
        ("addresses", "addresses"),
    )
    _wire_names = frozenset(
        {
            "username",
            "password",
            "name",
            "detail",
            "ring_method",
            "permission",
            "tag_ids",
            "addresses",
        }
    )

    username: str
    password: str
    name: str
    detail: str
    ring_method: AgentRingMethod
    permission: AgentPermission
    tag_ids: list[str]
    addresses: list[Address]

    def __init__(
        self,
        *,
        username: str | None = None,
        password: str | None = None,
        name: str | None = None,
        detail: str | None = None,
        ring_method: AgentRingMethod | None = None,
        permission: AgentPermission | None = None,
        tag_ids: list[str] | None = None,
        addresses: list[Address] | None = None,
    ) -> None:
        self._data = {}
        self.username = username  # type: ignore[assignment]
        self.password = password  # type: ignore[assignment]
        self.name = name  # type: ignore[assignment]
        self.detail = detail  # type: ignore[assignment]
        self.ring_method = ring_method  # type: ignore[assignment]
        self.permission = permission  # type: ignore[assignment]
        self.tag_ids = tag_ids  # type: ignore[assignment]
        self.addresses = addresses  # type: ignore[assignment]

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "PostAgentsBody")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("username")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostAgentsBody", "username", "str", v)
        self.username = v
        v = get("password")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostAgentsBody", "password", "str", v)
        self.password = v
        v = get("name")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostAgentsBody", "name", "str", v)
        self.name = v
        v = get("detail")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostAgentsBody", "detail", "str", v)
        self.detail = v
        v = get("ring_method")
        if v is not None:
            m = AgentRingMethod._value2member_map_.get(v) if type(v) is str else None
            v = (
                open_enum(AgentRingMethod, v, "PostAgentsBody", "ring_method")
                if m is None
                else m
            )
        self.ring_method = v
        v = get("permission")
        if v is not None:
            m = AgentPermission._value2member_map_.get(v) if type(v) is int else None
            v = (
                open_enum(AgentPermission, v, "PostAgentsBody", "permission")
                if m is None
                else m
            )
        self.permission = v
        v = get("tag_ids")
        if v is not None:
            v = str_list(v, "PostAgentsBody", "tag_ids")
        self.tag_ids = v
        v = get("addresses")
        if v is not None:
            v = model_list(Address, v, "PostAgentsBody", "addresses")
        self.addresses = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.agent_permission import AgentPermission
from ..models.agent_ring_method import AgentRingMethod
