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


class Recording(Model):
    """Attributes:
    id (str): The unique identifier of the recording.
    customer_id (str): The customer ID that owns this recording. Returned from the `GET /customers` response.
    owner_type (str): Type of the resource owner (e.g., call, confbridge).
    owner_id (str): The unique identifier of the resource owner. Returned from the corresponding owner resource
        endpoint (e.g., `GET /calls`, `GET /conferences`).
    reference_id (str): The unique identifier of the referenced resource. The actual resource type is determined
        by reference_type. Returned from the corresponding resource endpoint.
    activeflow_id (str): The activeflow ID associated with this recording. Returned from the `POST /activeflows`
        or `GET /activeflows` response.
    on_end_flow_id (str): Flow ID to execute when recording ends. Returned from the `POST /flows` or `GET
        /flows` response.
    reference_type (RecordingReferenceType | None): Type of reference for the recording.
    status (RecordingStatus | None): The status of the recording.
    format (RecordingFormat | None): The format of the recording.
    tm_start (datetime.datetime | None): The start timestamp of the recording.
    tm_end (datetime.datetime | None): The end timestamp of the recording.
    tm_create (datetime.datetime | None): The creation timestamp.
    tm_update (datetime.datetime | None): The last update timestamp.
    tm_delete (datetime.datetime | None): The deletion timestamp, if applicable.
    """

    __slots__ = (
        "activeflow_id",
        "customer_id",
        "format",
        "id",
        "on_end_flow_id",
        "owner_id",
        "owner_type",
        "reference_id",
        "reference_type",
        "status",
        "tm_create",
        "tm_delete",
        "tm_end",
        "tm_start",
        "tm_update",
    )
    _fields = (
        ("id", "id"),
        ("customer_id", "customer_id"),
        ("owner_type", "owner_type"),
        ("owner_id", "owner_id"),
        ("reference_id", "reference_id"),
        ("activeflow_id", "activeflow_id"),
        ("on_end_flow_id", "on_end_flow_id"),
        ("reference_type", "reference_type"),
        ("status", "status"),
        ("format", "format"),
        ("tm_start", "tm_start"),
        ("tm_end", "tm_end"),
        ("tm_create", "tm_create"),
        ("tm_update", "tm_update"),
        ("tm_delete", "tm_delete"),
    )
    _wire_names = frozenset(
        {
            "id",
            "customer_id",
            "owner_type",
            "owner_id",
            "reference_id",
            "activeflow_id",
            "on_end_flow_id",
            "reference_type",
            "status",
            "format",
            "tm_start",
            "tm_end",
            "tm_create",
            "tm_update",
            "tm_delete",
        }
    )

    id: str
    customer_id: str
    owner_type: str
    owner_id: str
    reference_id: str
    activeflow_id: str
    on_end_flow_id: str
    reference_type: RecordingReferenceType | None
    status: RecordingStatus | None
    format: RecordingFormat | None
    tm_start: datetime.datetime | None
    tm_end: datetime.datetime | None
    tm_create: datetime.datetime | None
    tm_update: datetime.datetime | None
    tm_delete: datetime.datetime | None

    def __init__(
        self,
        *,
        id: str | None = None,
        customer_id: str | None = None,
        owner_type: str | None = None,
        owner_id: str | None = None,
        reference_id: str | None = None,
        activeflow_id: str | None = None,
        on_end_flow_id: str | None = None,
        reference_type: RecordingReferenceType | None = None,
        status: RecordingStatus | None = None,
        format: RecordingFormat | None = None,
        tm_start: datetime.datetime | None = None,
        tm_end: datetime.datetime | None = None,
        tm_create: datetime.datetime | None = None,
        tm_update: datetime.datetime | None = None,
        tm_delete: datetime.datetime | None = None,
    ) -> None:
        self._data = {}
        self.id = id  # type: ignore[assignment]
        self.customer_id = customer_id  # type: ignore[assignment]
        self.owner_type = owner_type  # type: ignore[assignment]
        self.owner_id = owner_id  # type: ignore[assignment]
        self.reference_id = reference_id  # type: ignore[assignment]
        self.activeflow_id = activeflow_id  # type: ignore[assignment]
        self.on_end_flow_id = on_end_flow_id  # type: ignore[assignment]
        self.reference_type = reference_type
        self.status = status
        self.format = format
        self.tm_start = tm_start
        self.tm_end = tm_end
        self.tm_create = tm_create
        self.tm_update = tm_update
        self.tm_delete = tm_delete

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = src_dict if type(src_dict) is dict else as_object(src_dict, "Recording")
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Recording", "id", "str", v)
        self.id = v
        v = get("customer_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Recording", "customer_id", "str", v)
        self.customer_id = v
        v = get("owner_type")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Recording", "owner_type", "str", v)
        self.owner_type = v
        v = get("owner_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Recording", "owner_id", "str", v)
        self.owner_id = v
        v = get("reference_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Recording", "reference_id", "str", v)
        self.reference_id = v
        v = get("activeflow_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Recording", "activeflow_id", "str", v)
        self.activeflow_id = v
        v = get("on_end_flow_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Recording", "on_end_flow_id", "str", v)
        self.on_end_flow_id = v
        v = get("reference_type")
        if v is not None:
            m = (
                RecordingReferenceType._value2member_map_.get(v)
                if type(v) is str
                else None
            )
            v = (
                open_enum(RecordingReferenceType, v, "Recording", "reference_type")
                if m is None
                else m
            )
        self.reference_type = v
        v = get("status")
        if v is not None:
            m = RecordingStatus._value2member_map_.get(v) if type(v) is str else None
            v = open_enum(RecordingStatus, v, "Recording", "status") if m is None else m
        self.status = v
        v = get("format")
        if v is not None:
            m = RecordingFormat._value2member_map_.get(v) if type(v) is str else None
            v = open_enum(RecordingFormat, v, "Recording", "format") if m is None else m
        self.format = v
        v = get("tm_start")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Recording", "tm_start")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_start = v
        v = get("tm_end")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Recording", "tm_end")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_end = v
        v = get("tm_create")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Recording", "tm_create")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_create = v
        v = get("tm_update")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Recording", "tm_update")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_update = v
        v = get("tm_delete")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Recording", "tm_delete")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_delete = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.recording_format import RecordingFormat
from ..models.recording_reference_type import RecordingReferenceType
from ..models.recording_status import RecordingStatus
