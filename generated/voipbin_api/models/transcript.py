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


class Transcript(Model):
    """Attributes:
    id (str): The unique identifier of the transcript.
    customer_id (str): The unique identifier of the customer who owns this transcript. Returned from the `GET
        /customers` response.
    transcribe_id (str): The unique identifier of the parent transcribe session. Returned from the `POST
        /transcribes` or `GET /transcribes` response.
    direction (TranscriptDirection):
    message (str): Transcript message
    tm_transcript (datetime.datetime | None): Timestamp when this transcript was spoken.
    tm_create (datetime.datetime | None): Timestamp when the transcript record was created.
    """

    __slots__ = (
        "customer_id",
        "direction",
        "id",
        "message",
        "tm_create",
        "tm_transcript",
        "transcribe_id",
    )
    _fields = (
        ("id", "id"),
        ("customer_id", "customer_id"),
        ("transcribe_id", "transcribe_id"),
        ("direction", "direction"),
        ("message", "message"),
        ("tm_transcript", "tm_transcript"),
        ("tm_create", "tm_create"),
    )
    _wire_names = frozenset(
        {
            "id",
            "customer_id",
            "transcribe_id",
            "direction",
            "message",
            "tm_transcript",
            "tm_create",
        }
    )

    id: str
    customer_id: str
    transcribe_id: str
    direction: TranscriptDirection
    message: str
    tm_transcript: datetime.datetime | None
    tm_create: datetime.datetime | None

    def __init__(
        self,
        *,
        id: str | None = None,
        customer_id: str | None = None,
        transcribe_id: str | None = None,
        direction: TranscriptDirection | None = None,
        message: str | None = None,
        tm_transcript: datetime.datetime | None = None,
        tm_create: datetime.datetime | None = None,
    ) -> None:
        self._data = {}
        self.id = id  # type: ignore[assignment]
        self.customer_id = customer_id  # type: ignore[assignment]
        self.transcribe_id = transcribe_id  # type: ignore[assignment]
        self.direction = direction  # type: ignore[assignment]
        self.message = message  # type: ignore[assignment]
        self.tm_transcript = tm_transcript
        self.tm_create = tm_create

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = src_dict if type(src_dict) is dict else as_object(src_dict, "Transcript")
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Transcript", "id", "str", v)
        self.id = v
        v = get("customer_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Transcript", "customer_id", "str", v)
        self.customer_id = v
        v = get("transcribe_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Transcript", "transcribe_id", "str", v)
        self.transcribe_id = v
        v = get("direction")
        if v is not None:
            m = (
                TranscriptDirection._value2member_map_.get(v)
                if type(v) is str
                else None
            )
            v = (
                open_enum(TranscriptDirection, v, "Transcript", "direction")
                if m is None
                else m
            )
        self.direction = v
        v = get("message")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Transcript", "message", "str", v)
        self.message = v
        v = get("tm_transcript")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Transcript", "tm_transcript")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_transcript = v
        v = get("tm_create")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Transcript", "tm_create")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_create = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.transcript_direction import TranscriptDirection
