from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transcribe_manager_transcript_direction import (
    TranscribeManagerTranscriptDirection,
)
from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="TranscribeManagerSpeechWebhookMessage")


@_attrs_define
class TranscribeManagerSpeechWebhookMessage:
    """Webhook payload for speech recognition events (transcribe_speech_started, transcribe_speech_interim,
    transcribe_speech_ended). Delivered when voice activity is detected during a streaming transcription session.

        Attributes:
            id (UUID | Unset): The unique identifier of the speech event. Example: a1b2c3d4-e5f6-7890-abcd-ef1234567890.
            customer_id (UUID | Unset): The unique identifier of the customer who owns this transcription session. Returned
                from the `GET /customers` response. Example: 7c4d2f3a-1b8e-4f5c-9a6d-3e2f1a0b4c5d.
            streaming_id (UUID | Unset): The unique identifier of the audio streaming session that produced this speech
                event. Example: b8c9d0e1-f2a3-4b5c-6d7e-8f9a0b1c2d3e.
            transcribe_id (UUID | Unset): The unique identifier of the parent transcribe session. Returned from the `POST
                /transcribes` or `GET /transcribes` response. Example: c9d0e1f2-a3b4-5c6d-7e8f-9a0b1c2d3e4f.
            direction (TranscribeManagerTranscriptDirection | Unset):  Example: both.
            message (str | Unset): The interim transcribed text. Present for `transcribe_speech_interim` events. Empty for
                `transcribe_speech_started` and `transcribe_speech_ended` events. Example: Hello, I need help with my account.
            tm_event (datetime.datetime | None | Unset): Timestamp when the speech event occurred. Example:
                2026-01-15T09:31:15.000000Z.
            tm_create (datetime.datetime | None | Unset): Timestamp when the speech event record was created. Example:
                2026-01-15T09:31:15.000000Z.
    """

    id: UUID | Unset = UNSET
    customer_id: UUID | Unset = UNSET
    streaming_id: UUID | Unset = UNSET
    transcribe_id: UUID | Unset = UNSET
    direction: TranscribeManagerTranscriptDirection | Unset = UNSET
    message: str | Unset = UNSET
    tm_event: datetime.datetime | None | Unset = UNSET
    tm_create: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        customer_id: str | Unset = UNSET
        if not isinstance(self.customer_id, Unset):
            customer_id = str(self.customer_id)

        streaming_id: str | Unset = UNSET
        if not isinstance(self.streaming_id, Unset):
            streaming_id = str(self.streaming_id)

        transcribe_id: str | Unset = UNSET
        if not isinstance(self.transcribe_id, Unset):
            transcribe_id = str(self.transcribe_id)

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction.value

        message = self.message

        tm_event: None | str | Unset
        if isinstance(self.tm_event, Unset):
            tm_event = UNSET
        elif isinstance(self.tm_event, datetime.datetime):
            tm_event = self.tm_event.isoformat()
        else:
            tm_event = self.tm_event

        tm_create: None | str | Unset
        if isinstance(self.tm_create, Unset):
            tm_create = UNSET
        elif isinstance(self.tm_create, datetime.datetime):
            tm_create = self.tm_create.isoformat()
        else:
            tm_create = self.tm_create

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if streaming_id is not UNSET:
            field_dict["streaming_id"] = streaming_id
        if transcribe_id is not UNSET:
            field_dict["transcribe_id"] = transcribe_id
        if direction is not UNSET:
            field_dict["direction"] = direction
        if message is not UNSET:
            field_dict["message"] = message
        if tm_event is not UNSET:
            field_dict["tm_event"] = tm_event
        if tm_create is not UNSET:
            field_dict["tm_create"] = tm_create

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        _customer_id = d.pop("customer_id", UNSET)
        customer_id: UUID | Unset
        if isinstance(_customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = UUID(_customer_id)

        _streaming_id = d.pop("streaming_id", UNSET)
        streaming_id: UUID | Unset
        if isinstance(_streaming_id, Unset):
            streaming_id = UNSET
        else:
            streaming_id = UUID(_streaming_id)

        _transcribe_id = d.pop("transcribe_id", UNSET)
        transcribe_id: UUID | Unset
        if isinstance(_transcribe_id, Unset):
            transcribe_id = UNSET
        else:
            transcribe_id = UUID(_transcribe_id)

        _direction = d.pop("direction", UNSET)
        direction: TranscribeManagerTranscriptDirection | Unset
        if isinstance(_direction, Unset):
            direction = UNSET
        else:
            direction = TranscribeManagerTranscriptDirection(_direction)

        message = d.pop("message", UNSET)

        def _parse_tm_event(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"tm_event: unexpected {type(data).__name__}")
            tm_event_type_0 = parse_datetime(data)

            return tm_event_type_0

        tm_event = _parse_tm_event(d.pop("tm_event", UNSET))

        def _parse_tm_create(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"tm_create: unexpected {type(data).__name__}")
            tm_create_type_0 = parse_datetime(data)

            return tm_create_type_0

        tm_create = _parse_tm_create(d.pop("tm_create", UNSET))

        transcribe_manager_speech_webhook_message = cls(
            id=id,
            customer_id=customer_id,
            streaming_id=streaming_id,
            transcribe_id=transcribe_id,
            direction=direction,
            message=message,
            tm_event=tm_event,
            tm_create=tm_create,
        )

        transcribe_manager_speech_webhook_message.additional_properties = d
        return transcribe_manager_speech_webhook_message

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
