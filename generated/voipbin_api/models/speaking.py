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


class Speaking(Model):
    """Attributes:
    id (str): The unique identifier of the speaking session. Returned from the `POST /speakings` or `GET
        /speakings` response.
    customer_id (str): The unique identifier of the customer who owns this speaking session. Returned from the
        `GET /customers` response.
    reference_id (str): The unique identifier of the referenced resource (call or confbridge). Returned from the
        corresponding resource endpoint.
    reference_type (SpeakingReferenceType | None): Type of the referenced entity for the speaking session.
    language (str | None): TTS language (e.g. en-US)
    provider (str | None): TTS provider (elevenlabs)
    voice_id (str | None): Provider-specific voice ID
    direction (SpeakingDirection | None): Audio injection direction for the speaking session.
    status (SpeakingStatus | None): Status of the speaking session.
    tm_create (datetime.datetime | None): Creation timestamp
    tm_update (datetime.datetime | None): Last update timestamp
    tm_delete (datetime.datetime | None): Soft-delete timestamp
    """

    __slots__ = (
        "customer_id",
        "direction",
        "id",
        "language",
        "provider",
        "reference_id",
        "reference_type",
        "status",
        "tm_create",
        "tm_delete",
        "tm_update",
        "voice_id",
    )
    _fields = (
        ("id", "id"),
        ("customer_id", "customer_id"),
        ("reference_id", "reference_id"),
        ("reference_type", "reference_type"),
        ("language", "language"),
        ("provider", "provider"),
        ("voice_id", "voice_id"),
        ("direction", "direction"),
        ("status", "status"),
        ("tm_create", "tm_create"),
        ("tm_update", "tm_update"),
        ("tm_delete", "tm_delete"),
    )
    _wire_names = frozenset(
        {
            "id",
            "customer_id",
            "reference_id",
            "reference_type",
            "language",
            "provider",
            "voice_id",
            "direction",
            "status",
            "tm_create",
            "tm_update",
            "tm_delete",
        }
    )

    id: str
    customer_id: str
    reference_id: str
    reference_type: SpeakingReferenceType | None
    language: str | None
    provider: str | None
    voice_id: str | None
    direction: SpeakingDirection | None
    status: SpeakingStatus | None
    tm_create: datetime.datetime | None
    tm_update: datetime.datetime | None
    tm_delete: datetime.datetime | None

    def __init__(
        self,
        *,
        id: str | None = None,
        customer_id: str | None = None,
        reference_id: str | None = None,
        reference_type: SpeakingReferenceType | None = None,
        language: str | None = None,
        provider: str | None = None,
        voice_id: str | None = None,
        direction: SpeakingDirection | None = None,
        status: SpeakingStatus | None = None,
        tm_create: datetime.datetime | None = None,
        tm_update: datetime.datetime | None = None,
        tm_delete: datetime.datetime | None = None,
    ) -> None:
        self._data = {}
        self.id = id  # type: ignore[assignment]
        self.customer_id = customer_id  # type: ignore[assignment]
        self.reference_id = reference_id  # type: ignore[assignment]
        self.reference_type = reference_type
        self.language = language
        self.provider = provider
        self.voice_id = voice_id
        self.direction = direction
        self.status = status
        self.tm_create = tm_create
        self.tm_update = tm_update
        self.tm_delete = tm_delete

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = src_dict if type(src_dict) is dict else as_object(src_dict, "Speaking")
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Speaking", "id", "str", v)
        self.id = v
        v = get("customer_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Speaking", "customer_id", "str", v)
        self.customer_id = v
        v = get("reference_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Speaking", "reference_id", "str", v)
        self.reference_id = v
        v = get("reference_type")
        if v is not None:
            m = (
                SpeakingReferenceType._value2member_map_.get(v)
                if type(v) is str
                else None
            )
            v = (
                open_enum(SpeakingReferenceType, v, "Speaking", "reference_type")
                if m is None
                else m
            )
        self.reference_type = v
        v = get("language")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Speaking", "language", "str", v)
        self.language = v
        v = get("provider")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Speaking", "provider", "str", v)
        self.provider = v
        v = get("voice_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Speaking", "voice_id", "str", v)
        self.voice_id = v
        v = get("direction")
        if v is not None:
            m = SpeakingDirection._value2member_map_.get(v) if type(v) is str else None
            v = (
                open_enum(SpeakingDirection, v, "Speaking", "direction")
                if m is None
                else m
            )
        self.direction = v
        v = get("status")
        if v is not None:
            m = SpeakingStatus._value2member_map_.get(v) if type(v) is str else None
            v = open_enum(SpeakingStatus, v, "Speaking", "status") if m is None else m
        self.status = v
        v = get("tm_create")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Speaking", "tm_create")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_create = v
        v = get("tm_update")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Speaking", "tm_update")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_update = v
        v = get("tm_delete")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Speaking", "tm_delete")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_delete = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.speaking_direction import SpeakingDirection
from ..models.speaking_reference_type import SpeakingReferenceType
from ..models.speaking_status import SpeakingStatus
