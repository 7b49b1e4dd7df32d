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


class SpeechWebhookMessage(Model):
    """Webhook payload for speech recognition events (transcribe_speech_started, transcribe_speech_interim,
    transcribe_speech_ended). Delivered when voice activity is detected during a streaming transcription session.

    Attributes:
        id (str | None): The unique identifier of the speech event.
        customer_id (str | None): The unique identifier of the customer who owns this transcription session.
            Returned from the `GET /customers` response.
        streaming_id (str | None): The unique identifier of the audio streaming session that produced this speech
            event.
        transcribe_id (str | None): The unique identifier of the parent transcribe session. Returned from the `POST
            /transcribes` or `GET /transcribes` response.
        direction (TranscriptDirection | None):
        message (str | None): The interim transcribed text. Present for `transcribe_speech_interim` events. Empty
            for `transcribe_speech_started` and `transcribe_speech_ended` events.
        tm_event (datetime.datetime | None): Timestamp when the speech event occurred.
        tm_create (datetime.datetime | None): Timestamp when the speech event record was created.
    """

    __slots__ = (
        "customer_id",
        "direction",
        "id",
        "message",
        "streaming_id",
        "tm_create",
        "tm_event",
        "transcribe_id",
    )
    _fields = (
        ("id", "id"),
        ("customer_id", "customer_id"),
        ("streaming_id", "streaming_id"),
        ("transcribe_id", "transcribe_id"),
        ("direction", "direction"),
        ("message", "message"),
        ("tm_event", "tm_event"),
        ("tm_create", "tm_create"),
    )
    _wire_names = frozenset(
        {
            "id",
            "customer_id",
            "streaming_id",
            "transcribe_id",
            "direction",
            "message",
            "tm_event",
            "tm_create",
        }
    )

    id: str | None
    customer_id: str | None
    streaming_id: str | None
    transcribe_id: str | None
    direction: TranscriptDirection | None
    message: str | None
    tm_event: datetime.datetime | None
    tm_create: datetime.datetime | None

    def __init__(
        self,
        *,
        id: str | None = None,
        customer_id: str | None = None,
        streaming_id: str | None = None,
        transcribe_id: str | None = None,
        direction: TranscriptDirection | None = None,
        message: str | None = None,
        tm_event: datetime.datetime | None = None,
        tm_create: datetime.datetime | None = None,
    ) -> None:
        self._data = {}
        self.id = id
        self.customer_id = customer_id
        self.streaming_id = streaming_id
        self.transcribe_id = transcribe_id
        self.direction = direction
        self.message = message
        self.tm_event = tm_event
        self.tm_create = tm_create

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "SpeechWebhookMessage")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("SpeechWebhookMessage", "id", "str", v)
        self.id = v
        v = get("customer_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("SpeechWebhookMessage", "customer_id", "str", v)
        self.customer_id = v
        v = get("streaming_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("SpeechWebhookMessage", "streaming_id", "str", v)
        self.streaming_id = v
        v = get("transcribe_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("SpeechWebhookMessage", "transcribe_id", "str", v)
        self.transcribe_id = v
        v = get("direction")
        if v is not None:
            m = (
                TranscriptDirection._value2member_map_.get(v)
                if type(v) is str
                else None
            )
            v = (
                open_enum(TranscriptDirection, v, "SpeechWebhookMessage", "direction")
                if m is None
                else m
            )
        self.direction = v
        v = get("message")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("SpeechWebhookMessage", "message", "str", v)
        self.message = v
        v = get("tm_event")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "SpeechWebhookMessage", "tm_event")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_event = v
        v = get("tm_create")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "SpeechWebhookMessage", "tm_create")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_create = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.transcript_direction import TranscriptDirection
