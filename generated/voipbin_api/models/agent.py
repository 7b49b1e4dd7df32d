from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    UTC,
    Address,
    FieldError,
    Model,
    as_object,
    fromisoformat,
    in_utc,
    model_list,
    new_model,
    open_enum,
    str_list,
    timestamp,
)


class Agent(Model):
    """Represents an agent resource.

    Attributes:
        id (str): The unique identifier of the agent.
        customer_id (str): The unique identifier of the customer who owns this agent. Returned from the `GET
            /customers` response.
        username (str): Agent's login username, typically an email address.
        name (str): Display name of the agent.
        detail (str): Additional detail or notes about the agent.
        ring_method (AgentRingMethod): Method used to ring the agent for incoming calls.
        status (AgentStatus): Current availability status of the agent.
        permission (AgentPermission): Permission type
        tag_ids (list[str] | None): List of tag IDs assigned to this agent. Returned from the `POST /tags` or `GET
            /tags` response.
        addresses (list[Address] | None): Agent's endpoint addresses for receiving calls.
        direct_hash (str): The direct hash for direct access via SIP URI sip:<direct_hash>@sip.voipbin.net (the
            "direct." prefix is already included in the value, e.g. "direct.a1b2c3d4e5f6"). Returned from the resource's
            `direct_hash` field.
        tm_create (datetime.datetime | None): Timestamp when the agent was created.
        tm_update (datetime.datetime | None): Timestamp when the agent was last updated.
        tm_delete (datetime.datetime | None): Timestamp when the agent was deleted.
    """

    __slots__ = (
        "addresses",
        "customer_id",
        "detail",
        "direct_hash",
        "id",
        "name",
        "permission",
        "ring_method",
        "status",
        "tag_ids",
        "tm_create",
        "tm_delete",
        "tm_update",
        "username",
    )
    _fields = (
        ("id", "id"),
        ("customer_id", "customer_id"),
        ("username", "username"),
        ("name", "name"),
        ("detail", "detail"),
        ("ring_method", "ring_method"),
        ("status", "status"),
        ("permission", "permission"),
        ("tag_ids", "tag_ids"),
        ("addresses", "addresses"),
        ("direct_hash", "direct_hash"),
        ("tm_create", "tm_create"),
        ("tm_update", "tm_update"),
        ("tm_delete", "tm_delete"),
    )
    _wire_names = frozenset(
        {
            "id",
            "customer_id",
            "username",
            "name",
            "detail",
            "ring_method",
            "status",
            "permission",
            "tag_ids",
            "addresses",
            "direct_hash",
            "tm_create",
            "tm_update",
            "tm_delete",
        }
    )

    id: str
    customer_id: str
    username: str
    name: str
    detail: str
    ring_method: AgentRingMethod
    status: AgentStatus
    permission: AgentPermission
    tag_ids: list[str] | None
    addresses: list[Address] | None
    direct_hash: str
    tm_create: datetime.datetime | None
    tm_update: datetime.datetime | None
    tm_delete: datetime.datetime | None

    def __init__(
        self,
        *,
        id: str | None = None,
        customer_id: str | None = None,
        username: str | None = None,
        name: str | None = None,
        detail: str | None = None,
        ring_method: AgentRingMethod | None = None,
        status: AgentStatus | None = None,
        permission: AgentPermission | None = None,
        tag_ids: list[str] | None = None,
        addresses: list[Address] | None = None,
        direct_hash: str | None = None,
        tm_create: datetime.datetime | None = None,
        tm_update: datetime.datetime | None = None,
        tm_delete: datetime.datetime | None = None,
    ) -> None:
        self._data = {}
        self.id = id  # type: ignore[assignment]
        self.customer_id = customer_id  # type: ignore[assignment]
        self.username = username  # type: ignore[assignment]
        self.name = name  # type: ignore[assignment]
        self.detail = detail  # type: ignore[assignment]
        self.ring_method = ring_method  # type: ignore[assignment]
        self.status = status  # type: ignore[assignment]
        self.permission = permission  # type: ignore[assignment]
        self.tag_ids = tag_ids
        self.addresses = addresses
        self.direct_hash = direct_hash  # type: ignore[assignment]
        self.tm_create = tm_create
        self.tm_update = tm_update
        self.tm_delete = tm_delete

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = src_dict if type(src_dict) is dict else as_object(src_dict, "Agent")
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Agent", "id", "str", v)
        self.id = v
        v = get("customer_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Agent", "customer_id", "str", v)
        self.customer_id = v
        v = get("username")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Agent", "username", "str", v)
        self.username = v
        v = get("name")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Agent", "name", "str", v)
        self.name = v
        v = get("detail")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Agent", "detail", "str", v)
        self.detail = v
        v = get("ring_method")
        if v is not None:
            m = AgentRingMethod._value2member_map_.get(v) if type(v) is str else None
            v = (
                open_enum(AgentRingMethod, v, "Agent", "ring_method")
                if m is None
                else m
            )
        self.ring_method = v
        v = get("status")
        if v is not None:
            m = AgentStatus._value2member_map_.get(v) if type(v) is str else None
            v = open_enum(AgentStatus, v, "Agent", "status") if m is None else m
        self.status = v
        v = get("permission")
        if v is not None:
            m = AgentPermission._value2member_map_.get(v) if type(v) is int else None
            v = open_enum(AgentPermission, v, "Agent", "permission") if m is None else m
        self.permission = v
        v = get("tag_ids")
        if v is not None:
            v = str_list(v, "Agent", "tag_ids")
        self.tag_ids = v
        v = get("addresses")
        if v is not None:
            v = model_list(Address, v, "Agent", "addresses")
        self.addresses = v
        v = get("direct_hash")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Agent", "direct_hash", "str", v)
        self.direct_hash = v
        v = get("tm_create")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Agent", "tm_create")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_create = v
        v = get("tm_update")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Agent", "tm_update")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_update = v
        v = get("tm_delete")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Agent", "tm_delete")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_delete = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.agent_permission import AgentPermission
from ..models.agent_ring_method import AgentRingMethod
from ..models.agent_status import AgentStatus
