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


class Transcribe(Model):
    """Attributes:
    id (str): The unique identifier of the transcribe session. Returned from the `POST /transcribes` or `GET
        /transcribes` response.
    customer_id (str): The unique identifier of the customer who owns this transcribe session. Returned from the
        `GET /customers` response.
    activeflow_id (str): The unique identifier of the activeflow associated with this transcribe session.
        Returned from the `POST /activeflows` or `GET /activeflows` response.
    on_end_flow_id (str): The unique identifier of the flow to execute when the transcribe session ends.
        Returned from the `POST /flows` or `GET /flows` response.
    reference_type (TranscribeReferenceType):
    reference_id (str): The unique identifier of the resource being transcribed (call, conference, or
        recording). Returned from the corresponding resource endpoint.
    status (TranscribeStatus):
    language (str): BCP47 type's language code.
    direction (TranscribeDirection):
    provider (TranscribeProvider):
    tm_create (datetime.datetime | None): Timestamp when created
    tm_update (datetime.datetime | None): Timestamp when updated
    tm_delete (datetime.datetime | None): Timestamp when deleted
    """

    __slots__ = (
        "activeflow_id",
        "customer_id",
        "direction",
        "id",
        "language",
        "on_end_flow_id",
        "provider",
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
        ("on_end_flow_id", "on_end_flow_id"),
        ("reference_type", "reference_type"),
        ("reference_id", "reference_id"),
        ("status", "status"),
        ("language", "language"),
        ("direction", "direction"),
        ("provider", "provider"),
        ("tm_create", "tm_create"),
        ("tm_update", "tm_update"),
        ("tm_delete", "tm_delete"),
    )
    _wire_names = frozenset(
        {
            "id",
            "customer_id",
            "activeflow_id",
            "on_end_flow_id",
            "reference_type",
            "reference_id",
            "status",
            "language",
            "direction",
            "provider",
            "tm_create",
            "tm_update",
            "tm_delete",
        }
    )

    id: str
    customer_id: str
    activeflow_id: str
    on_end_flow_id: str
    reference_type: TranscribeReferenceType
    reference_id: str
    status: TranscribeStatus
    language: str
    direction: TranscribeDirection
    provider: TranscribeProvider
    tm_create: datetime.datetime | None
    tm_update: datetime.datetime | None
    tm_delete: datetime.datetime | None

    def __init__(
        self,
        *,
        id: str | None = None,
        customer_id: str | None = None,
        activeflow_id: str | None = None,
        on_end_flow_id: str | None = None,
        reference_type: TranscribeReferenceType | None = None,
        reference_id: str | None = None,
        status: TranscribeStatus | None = None,
        language: str | None = None,
        direction: TranscribeDirection | None = None,
        provider: TranscribeProvider | None = None,
        tm_create: datetime.datetime | None = None,
        tm_update: datetime.datetime | None = None,
        tm_delete: datetime.datetime | None = None,
    ) -> None:
        self._data = {}
        self.id = id  # type: ignore[assignment]
        self.customer_id = customer_id  # type: ignore[assignment]
        self.activeflow_id = activeflow_id  # type: ignore[assignment]
        self.on_end_flow_id = on_end_flow_id  # type: ignore[assignment]
        self.reference_type = reference_type  # type: ignore[assignment]
        self.reference_id = reference_id  # type: ignore[assignment]
        self.status = status  # type: ignore[assignment]
        self.language = language  # type: ignore[assignment]
        self.direction = direction  # type: ignore[assignment]
        self.provider = provider  # type: ignore[assignment]
        self.tm_create = tm_create
        self.tm_update = tm_update
        self.tm_delete = tm_delete

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = src_dict if type(src_dict) is dict else as_object(src_dict, "Transcribe")
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Transcribe", "id", "str", v)
        self.id = v
        v = get("customer_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Transcribe", "customer_id", "str", v)
        self.customer_id = v
        v = get("activeflow_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Transcribe", "activeflow_id", "str", v)
        self.activeflow_id = v
        v = get("on_end_flow_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Transcribe", "on_end_flow_id", "str", v)
        self.on_end_flow_id = v
        v = get("reference_type")
        if v is not None:
            m = (
                TranscribeReferenceType._value2member_map_.get(v)
                if type(v) is str
                else None
            )
            v = (
                open_enum(TranscribeReferenceType, v, "Transcribe", "reference_type")
                if m is None
                else m
            )
        self.reference_type = v
        v = get("reference_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Transcribe", "reference_id", "str", v)
        self.reference_id = v
        v = get("status")
        if v is not None:
            m = TranscribeStatus._value2member_map_.get(v) if type(v) is str else None
            v = (
                open_enum(TranscribeStatus, v, "Transcribe", "status")
                if m is None
                else m
            )
        self.status = v
        v = get("language")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Transcribe", "language", "str", v)
        self.language = v
        v = get("direction")
        if v is not None:
            m = (
                TranscribeDirection._value2member_map_.get(v)
                if type(v) is str
                else None
            )
            v = (
                open_enum(TranscribeDirection, v, "Transcribe", "direction")
                if m is None
                else m
            )
        self.direction = v
        v = get("provider")
        if v is not None:
            m = TranscribeProvider._value2member_map_.get(v) if type(v) is str else None
            v = (
                open_enum(TranscribeProvider, v, "Transcribe", "provider")
                if m is None
                else m
            )
        self.provider = v
        v = get("tm_create")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Transcribe", "tm_create")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_create = v
        v = get("tm_update")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Transcribe", "tm_update")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_update = v
        v = get("tm_delete")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Transcribe", "tm_delete")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_delete = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.transcribe_direction import TranscribeDirection
from ..models.transcribe_provider import TranscribeProvider
from ..models.transcribe_reference_type import TranscribeReferenceType
from ..models.transcribe_status import TranscribeStatus
