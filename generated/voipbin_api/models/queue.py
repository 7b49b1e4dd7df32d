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
    new_model,
    open_enum,
    str_list,
    timestamp,
)


class Queue(Model):
    """Attributes:
    id (str): The unique identifier of the queue. Returned from the `POST /queues` or `GET /queues` response.
    customer_id (str): The unique identifier of the customer who owns this queue. Returned from the `GET
        /customers` response.
    wait_flow_id (str): The flow ID executed while callers wait in queue. Returned from the `POST /flows` or
        `GET /flows` response.
    tm_create (datetime.datetime | None): The creation timestamp.
    tm_update (datetime.datetime | None): The last update timestamp.
    tm_delete (datetime.datetime | None): The deletion timestamp.
    name (str | None): Display name of the queue.
    detail (str | None): Detailed description of the queue.
    routing_method (QueueRoutingMethod | None):
    tag_ids (list[str] | None): List of tag IDs assigned to this queue. Returned from the `POST /tags` or `GET
        /tags` response.
    direct_hash (str | None): The direct hash for direct access via SIP URI sip:<direct_hash>@sip.voipbin.net
        (the "direct." prefix is already included in the value, e.g. "direct.a1b2c3d4e5f6"). Returned from the
        resource's `direct_hash` field.
    wait_timeout (int | None): Wait queue timeout in milliseconds.
    service_timeout (int | None): Service queue timeout in milliseconds.
    wait_queuecall_ids (list[str] | None): List of queuecall IDs currently waiting. Returned from the `GET
        /queuecalls` response.
    service_queuecall_ids (list[str] | None): List of queuecall IDs currently being serviced. Each ID is
        returned from the `GET /queuecalls` response.
    total_incoming_count (int | None): Total incoming call count.
    total_serviced_count (int | None): Total serviced call count.
    total_abandoned_count (int | None): Total abandoned call count.
    """

    __slots__ = (
        "customer_id",
        "detail",
        "direct_hash",
        "id",
        "name",
        "routing_method",
        "service_queuecall_ids",
        "service_timeout",
        "tag_ids",
        "tm_create",
        "tm_delete",
        "tm_update",
        "total_abandoned_count",
        "total_incoming_count",
        "total_serviced_count",
        "wait_flow_id",
        "wait_queuecall_ids",
        "wait_timeout",
    )
    _fields = (
        ("id", "id"),
        ("customer_id", "customer_id"),
        ("wait_flow_id", "wait_flow_id"),
        ("tm_create", "tm_create"),
        ("tm_update", "tm_update"),
        ("tm_delete", "tm_delete"),
        ("name", "name"),
        ("detail", "detail"),
        ("routing_method", "routing_method"),
        ("tag_ids", "tag_ids"),
        ("direct_hash", "direct_hash"),
        ("wait_timeout", "wait_timeout"),
        ("service_timeout", "service_timeout"),
        ("wait_queuecall_ids", "wait_queuecall_ids"),
        ("service_queuecall_ids", "service_queuecall_ids"),
        ("total_incoming_count", "total_incoming_count"),
        ("total_serviced_count", "total_serviced_count"),
        ("total_abandoned_count", "total_abandoned_count"),
    )
    _wire_names = frozenset(
        {
            "id",
            "customer_id",
            "wait_flow_id",
            "tm_create",
            "tm_update",
            "tm_delete",
            "name",
            "detail",
            "routing_method",
            "tag_ids",
            "direct_hash",
            "wait_timeout",
            "service_timeout",
            "wait_queuecall_ids",
            "service_queuecall_ids",
            "total_incoming_count",
            "total_serviced_count",
            "total_abandoned_count",
        }
    )

    id: str
    customer_id: str
    wait_flow_id: str
    tm_create: datetime.datetime | None
    tm_update: datetime.datetime | None
    tm_delete: datetime.datetime | None
    name: str | None
    detail: str | None
    routing_method: QueueRoutingMethod | None
    tag_ids: list[str] | None
    direct_hash: str | None
    wait_timeout: int | None
    service_timeout: int | None
    wait_queuecall_ids: list[str] | None
    service_queuecall_ids: list[str] | None
    total_incoming_count: int | None
    total_serviced_count: int | None
    total_abandoned_count: int | None

    def __init__(
        self,
        *,
        id: str | None = None,
        customer_id: str | None = None,
        wait_flow_id: str | None = None,
        tm_create: datetime.datetime | None = None,
        tm_update: datetime.datetime | None = None,
        tm_delete: datetime.datetime | None = None,
        name: str | None = None,
        detail: str | None = None,
        routing_method: QueueRoutingMethod | None = None,
        tag_ids: list[str] | None = None,
        direct_hash: str | None = None,
        wait_timeout: int | None = None,
        service_timeout: int | None = None,
        wait_queuecall_ids: list[str] | None = None,
        service_queuecall_ids: list[str] | None = None,
        total_incoming_count: int | None = None,
        total_serviced_count: int | None = None,
        total_abandoned_count: int | None = None,
    ) -> None:
        self._data = {}
        self.id = id  # type: ignore[assignment]
        self.customer_id = customer_id  # type: ignore[assignment]
        self.wait_flow_id = wait_flow_id  # type: ignore[assignment]
        self.tm_create = tm_create
        self.tm_update = tm_update
        self.tm_delete = tm_delete
        self.name = name
        self.detail = detail
        self.routing_method = routing_method
        self.tag_ids = tag_ids
        self.direct_hash = direct_hash
        self.wait_timeout = wait_timeout
        self.service_timeout = service_timeout
        self.wait_queuecall_ids = wait_queuecall_ids
        self.service_queuecall_ids = service_queuecall_ids
        self.total_incoming_count = total_incoming_count
        self.total_serviced_count = total_serviced_count
        self.total_abandoned_count = total_abandoned_count

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = src_dict if type(src_dict) is dict else as_object(src_dict, "Queue")
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Queue", "id", "str", v)
        self.id = v
        v = get("customer_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Queue", "customer_id", "str", v)
        self.customer_id = v
        v = get("wait_flow_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Queue", "wait_flow_id", "str", v)
        self.wait_flow_id = v
        v = get("tm_create")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Queue", "tm_create")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_create = v
        v = get("tm_update")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Queue", "tm_update")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_update = v
        v = get("tm_delete")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Queue", "tm_delete")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_delete = v
        v = get("name")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Queue", "name", "str", v)
        self.name = v
        v = get("detail")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Queue", "detail", "str", v)
        self.detail = v
        v = get("routing_method")
        if v is not None:
            m = QueueRoutingMethod._value2member_map_.get(v) if type(v) is str else None
            v = (
                open_enum(QueueRoutingMethod, v, "Queue", "routing_method")
                if m is None
                else m
            )
        self.routing_method = v
        v = get("tag_ids")
        if v is not None:
            v = str_list(v, "Queue", "tag_ids")
        self.tag_ids = v
        v = get("direct_hash")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Queue", "direct_hash", "str", v)
        self.direct_hash = v
        v = get("wait_timeout")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("Queue", "wait_timeout", "int", v)
        self.wait_timeout = v
        v = get("service_timeout")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("Queue", "service_timeout", "int", v)
        self.service_timeout = v
        v = get("wait_queuecall_ids")
        if v is not None:
            v = str_list(v, "Queue", "wait_queuecall_ids")
        self.wait_queuecall_ids = v
        v = get("service_queuecall_ids")
        if v is not None:
            v = str_list(v, "Queue", "service_queuecall_ids")
        self.service_queuecall_ids = v
        v = get("total_incoming_count")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("Queue", "total_incoming_count", "int", v)
        self.total_incoming_count = v
        v = get("total_serviced_count")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("Queue", "total_serviced_count", "int", v)
        self.total_serviced_count = v
        v = get("total_abandoned_count")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("Queue", "total_abandoned_count", "int", v)
        self.total_abandoned_count = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.queue_routing_method import QueueRoutingMethod
