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
    timestamp,
)


class Queuecall(Model):
    """Attributes:
    id (str): The unique identifier of the queuecall. Returned from the `GET /queuecalls` response.
    customer_id (str): The unique identifier of the customer who owns this queuecall. Returned from the `GET
        /customers` response.
    reference_id (str): The unique identifier of the referenced resource (e.g., a call). Returned from the
        corresponding resource endpoint.
    service_agent_id (str): The unique identifier of the agent handling this queuecall. Returned from the `GET
        /agents` response.
    tm_create (datetime.datetime | None): The creation timestamp.
    tm_service (datetime.datetime | None): Timestamp when the queue call started service.
    tm_update (datetime.datetime | None): The last update timestamp.
    tm_delete (datetime.datetime | None): The deletion timestamp.
    reference_type (QueuecallReferenceType | None):
    status (QueuecallStatus | None):
    duration_waiting (int | None): Duration for waiting in milliseconds
    duration_service (int | None): Duration for service in milliseconds
    """

    __slots__ = (
        "customer_id",
        "duration_service",
        "duration_waiting",
        "id",
        "reference_id",
        "reference_type",
        "service_agent_id",
        "status",
        "tm_create",
        "tm_delete",
        "tm_service",
        "tm_update",
    )
    _fields = (
        ("id", "id"),
        ("customer_id", "customer_id"),
        ("reference_id", "reference_id"),
        ("service_agent_id", "service_agent_id"),
        ("tm_create", "tm_create"),
        ("tm_service", "tm_service"),
        ("tm_update", "tm_update"),
        ("tm_delete", "tm_delete"),
        ("reference_type", "reference_type"),
        ("status", "status"),
        ("duration_waiting", "duration_waiting"),
        ("duration_service", "duration_service"),
    )
    _wire_names = frozenset(
        {
            "id",
            "customer_id",
            "reference_id",
            "service_agent_id",
            "tm_create",
            "tm_service",
            "tm_update",
            "tm_delete",
            "reference_type",
            "status",
            "duration_waiting",
            "duration_service",
        }
    )

    id: str
    customer_id: str
    reference_id: str
    service_agent_id: str
    tm_create: datetime.datetime | None
    tm_service: datetime.datetime | None
    tm_update: datetime.datetime | None
    tm_delete: datetime.datetime | None
    reference_type: QueuecallReferenceType | None
    status: QueuecallStatus | None
    duration_waiting: int | None
    duration_service: int | None

    def __init__(
        self,
        *,
        id: str | None = None,
        customer_id: str | None = None,
        reference_id: str | None = None,
        service_agent_id: str | None = None,
        tm_create: datetime.datetime | None = None,
        tm_service: datetime.datetime | None = None,
        tm_update: datetime.datetime | None = None,
        tm_delete: datetime.datetime | None = None,
        reference_type: QueuecallReferenceType | None = None,
        status: QueuecallStatus | None = None,
        duration_waiting: int | None = None,
        duration_service: int | None = None,
    ) -> None:
        self._data = {}
        self.id = id  # type: ignore[assignment]
        self.customer_id = customer_id  # type: ignore[assignment]
        self.reference_id = reference_id  # type: ignore[assignment]
        self.service_agent_id = service_agent_id  # type: ignore[assignment]
        self.tm_create = tm_create
        self.tm_service = tm_service
        self.tm_update = tm_update
        self.tm_delete = tm_delete
        self.reference_type = reference_type
        self.status = status
        self.duration_waiting = duration_waiting
        self.duration_service = duration_service

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = src_dict if type(src_dict) is dict else as_object(src_dict, "Queuecall")
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Queuecall", "id", "str", v)
        self.id = v
        v = get("customer_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Queuecall", "customer_id", "str", v)
        self.customer_id = v
        v = get("reference_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Queuecall", "reference_id", "str", v)
        self.reference_id = v
        v = get("service_agent_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Queuecall", "service_agent_id", "str", v)
        self.service_agent_id = v
        v = get("tm_create")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Queuecall", "tm_create")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_create = v
        v = get("tm_service")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Queuecall", "tm_service")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_service = v
        v = get("tm_update")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Queuecall", "tm_update")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_update = v
        v = get("tm_delete")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Queuecall", "tm_delete")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_delete = v
        v = get("reference_type")
        if v is not None:
            m = (
                QueuecallReferenceType._value2member_map_.get(v)
                if type(v) is str
                else None
            )
            v = (
                open_enum(QueuecallReferenceType, v, "Queuecall", "reference_type")
                if m is None
                else m
            )
        self.reference_type = v
        v = get("status")
        if v is not None:
            m = QueuecallStatus._value2member_map_.get(v) if type(v) is str else None
            v = open_enum(QueuecallStatus, v, "Queuecall", "status") if m is None else m
        self.status = v
        v = get("duration_waiting")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("Queuecall", "duration_waiting", "int", v)
        self.duration_waiting = v
        v = get("duration_service")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("Queuecall", "duration_service", "int", v)
        self.duration_service = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.queuecall_reference_type import QueuecallReferenceType
from ..models.queuecall_status import QueuecallStatus
