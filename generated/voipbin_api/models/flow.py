from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    UTC,
    FieldError,
    Model,
    as_object,
    fromisoformat,
    in_utc,
    model_list,
    new_model,
    open_enum,
    timestamp,
)


class Flow(Model):
    """Attributes:
    id (str): Unique identifier for the flow.
    customer_id (str): The unique identifier of the customer who owns this flow. Returned from the `GET
        /customers` response.
    on_complete_flow_id (str): The unique identifier of the flow to execute on completion. Returned from the
        `POST /flows` or `GET /flows` response.
    tm_create (datetime.datetime | None): Timestamp when the flow was created.
    tm_update (datetime.datetime | None): Timestamp when the flow was last updated.
    tm_delete (datetime.datetime | None): Timestamp when the flow was deleted.
    type (FlowType | None): Type of the flow.
    name (str | None): Name of the flow.
    detail (str | None): Detailed description of the flow.
    actions (list[Action] | None): Ordered list of actions to execute in this flow.
    direct_hash (str | None): The direct hash for direct access via SIP URI sip:<direct_hash>@sip.voipbin.net
        (the "direct." prefix is already included in the value, e.g. "direct.a1b2c3d4e5f6"). Returned from the
        resource's `direct_hash` field.
    """

    __slots__ = (
        "actions",
        "customer_id",
        "detail",
        "direct_hash",
        "id",
        "name",
        "on_complete_flow_id",
        "tm_create",
        "tm_delete",
        "tm_update",
        "type",
    )
    _fields = (
        ("id", "id"),
        ("customer_id", "customer_id"),
        ("on_complete_flow_id", "on_complete_flow_id"),
        ("tm_create", "tm_create"),
        ("tm_update", "tm_update"),
        ("tm_delete", "tm_delete"),
        ("type", "type"),
        ("name", "name"),
        ("detail", "detail"),
        ("actions", "actions"),
        ("direct_hash", "direct_hash"),
    )
    _wire_names = frozenset(
        {
            "id",
            "customer_id",
            "on_complete_flow_id",
            "tm_create",
            "tm_update",
            "tm_delete",
            "type",
            "name",
            "detail",
            "actions",
            "direct_hash",
        }
    )

    id: str
    customer_id: str
    on_complete_flow_id: str
    tm_create: datetime.datetime | None
    tm_update: datetime.datetime | None
    tm_delete: datetime.datetime | None
    type: FlowType | None
    name: str | None
    detail: str | None
    actions: list[Action] | None
    direct_hash: str | None

    def __init__(
        self,
        *,
        id: str | None = None,
        customer_id: str | None = None,
        on_complete_flow_id: str | None = None,
        tm_create: datetime.datetime | None = None,
        tm_update: datetime.datetime | None = None,
        tm_delete: datetime.datetime | None = None,
        type: FlowType | None = None,
        name: str | None = None,
        detail: str | None = None,
        actions: list[Action] | None = None,
        direct_hash: str | None = None,
    ) -> None:
        self._data = {}
        self.id = id  # type: ignore[assignment]
        self.customer_id = customer_id  # type: ignore[assignment]
        self.on_complete_flow_id = on_complete_flow_id  # type: ignore[assignment]
        self.tm_create = tm_create
        self.tm_update = tm_update
        self.tm_delete = tm_delete
        self.type = type
        self.name = name
        self.detail = detail
        self.actions = actions
        self.direct_hash = direct_hash

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = src_dict if type(src_dict) is dict else as_object(src_dict, "Flow")
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Flow", "id", "str", v)
        self.id = v
        v = get("customer_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Flow", "customer_id", "str", v)
        self.customer_id = v
        v = get("on_complete_flow_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Flow", "on_complete_flow_id", "str", v)
        self.on_complete_flow_id = v
        v = get("tm_create")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Flow", "tm_create")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_create = v
        v = get("tm_update")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Flow", "tm_update")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_update = v
        v = get("tm_delete")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Flow", "tm_delete")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_delete = v
        v = get("type")
        if v is not None:
            m = FlowType._value2member_map_.get(v) if type(v) is str else None
            v = open_enum(FlowType, v, "Flow", "type") if m is None else m
        self.type = v
        v = get("name")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Flow", "name", "str", v)
        self.name = v
        v = get("detail")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Flow", "detail", "str", v)
        self.detail = v
        v = get("actions")
        if v is not None:
            v = model_list(Action, v, "Flow", "actions")
        self.actions = v
        v = get("direct_hash")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Flow", "direct_hash", "str", v)
        self.direct_hash = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.action import Action
from ..models.flow_type import FlowType
