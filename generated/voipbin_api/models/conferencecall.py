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


class Conferencecall(Model):
    """Attributes:
    id (str): Unique identifier for the conference call.
    customer_id (str): Unique identifier of the associated customer. Returned from the `GET /customers`
        response.
    activeflow_id (str): Activeflow ID associated with this conference call. Returned from the `POST
        /activeflows` or `GET /activeflows` response.
    conference_id (str): Unique identifier of the associated conference. Returned from the `GET /conferences`
        response.
    reference_id (str): The unique identifier of the referenced resource. The actual resource type is determined
        by reference_type. Returned from the corresponding resource endpoint.
    tm_create (datetime.datetime | None): Timestamp when the conference call was created.
    tm_update (datetime.datetime | None): Timestamp when the conference call was last updated.
    tm_delete (datetime.datetime | None): Timestamp when the conference call was deleted.
    reference_type (ConferencecallReferenceType | None): Type of the reference associated with the conference
        call.
    status (ConferencecallStatus | None): Status of the conference call.
    """

    __slots__ = (
        "activeflow_id",
        "conference_id",
        "customer_id",
        "id",
        "reference_id",
        "reference_type",
        "status",
        "tm_create",
        "tm_delete",
        "tm_update",
    )
    _fields = (
        ("id", "id"),
        ("customer_id", "customer_id"),
        ("activeflow_id", "activeflow_id"),
        ("conference_id", "conference_id"),
        ("reference_id", "reference_id"),
        ("tm_create", "tm_create"),
        ("tm_update", "tm_update"),
        ("tm_delete", "tm_delete"),
        ("reference_type", "reference_type"),
        ("status", "status"),
    )
    _wire_names = frozenset(
        {
            "id",
            "customer_id",
            "activeflow_id",
            "conference_id",
            "reference_id",
            "tm_create",
            "tm_update",
            "tm_delete",
            "reference_type",
            "status",
        }
    )

    id: str
    customer_id: str
    activeflow_id: str
    conference_id: str
    reference_id: str
    tm_create: datetime.datetime | None
    tm_update: datetime.datetime | None
    tm_delete: datetime.datetime | None
    reference_type: ConferencecallReferenceType | None
    status: ConferencecallStatus | None

    def __init__(
        self,
        *,
        id: str | None = None,
        customer_id: str | None = None,
        activeflow_id: str | None = None,
        conference_id: str | None = None,
        reference_id: str | None = None,
        tm_create: datetime.datetime | None = None,
        tm_update: datetime.datetime | None = None,
        tm_delete: datetime.datetime | None = None,
        reference_type: ConferencecallReferenceType | None = None,
        status: ConferencecallStatus | None = None,
    ) -> None:
        self._data = {}
        self.id = id  # type: ignore[assignment]
        self.customer_id = customer_id  # type: ignore[assignment]
        self.activeflow_id = activeflow_id  # type: ignore[assignment]
        self.conference_id = conference_id  # type: ignore[assignment]
        self.reference_id = reference_id  # type: ignore[assignment]
        self.tm_create = tm_create
        self.tm_update = tm_update
        self.tm_delete = tm_delete
        self.reference_type = reference_type
        self.status = status

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "Conferencecall")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Conferencecall", "id", "str", v)
        self.id = v
        v = get("customer_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Conferencecall", "customer_id", "str", v)
        self.customer_id = v
        v = get("activeflow_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Conferencecall", "activeflow_id", "str", v)
        self.activeflow_id = v
        v = get("conference_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Conferencecall", "conference_id", "str", v)
        self.conference_id = v
        v = get("reference_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Conferencecall", "reference_id", "str", v)
        self.reference_id = v
        v = get("tm_create")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Conferencecall", "tm_create")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_create = v
        v = get("tm_update")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Conferencecall", "tm_update")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_update = v
        v = get("tm_delete")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Conferencecall", "tm_delete")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_delete = v
        v = get("reference_type")
        if v is not None:
            m = (
                ConferencecallReferenceType._value2member_map_.get(v)
                if type(v) is str
                else None
            )
            v = (
                open_enum(
                    ConferencecallReferenceType, v, "Conferencecall", "reference_type"
                )
                if m is None
                else m
            )
        self.reference_type = v
        v = get("status")
        if v is not None:
            m = (
                ConferencecallStatus._value2member_map_.get(v)
                if type(v) is str
                else None
            )
            v = (
                open_enum(ConferencecallStatus, v, "Conferencecall", "status")
                if m is None
                else m
            )
        self.status = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.conferencecall_reference_type import ConferencecallReferenceType
from ..models.conferencecall_status import ConferencecallStatus
