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

T = TypeVar("T", bound="TranscribeManagerTranscript")


@_attrs_define
class TranscribeManagerTranscript:
    """
    Attributes:
        id (UUID | Unset): The unique identifier of the transcript. Example: 550e8400-e29b-41d4-a716-446655440000.
        customer_id (UUID | Unset): The unique identifier of the customer who owns this transcript. Returned from the
            `GET /customers` response. Example: 7c4d2f3a-1b8e-4f5c-9a6d-3e2f1a0b4c5d.
        transcribe_id (UUID | Unset): The unique identifier of the parent transcribe session. Returned from the `POST
            /transcribes` or `GET /transcribes` response. Example: b8c9d0e1-f2a3-4b5c-6d7e-8f9a0b1c2d3e.
        direction (TranscribeManagerTranscriptDirection | Unset):  Example: both.
        message (str | Unset): Transcript message Example: Hello, thank you for calling. How can I help you?.
        tm_transcript (datetime.datetime | None | Unset): Timestamp when this transcript was spoken. Example:
            2026-01-15T09:31:15.000000Z.
        tm_create (datetime.datetime | None | Unset): Timestamp when the transcript record was created. Example:
            2026-01-15T09:30:00.000000Z.
    """

    id: UUID | Unset = UNSET
    customer_id: UUID | Unset = UNSET
    transcribe_id: UUID | Unset = UNSET
    direction: TranscribeManagerTranscriptDirection | Unset = UNSET
    message: str | Unset = UNSET
    tm_transcript: datetime.datetime | None | Unset = UNSET
    tm_create: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        customer_id: str | Unset = UNSET
        if not isinstance(self.customer_id, Unset):
            customer_id = str(self.customer_id)

        transcribe_id: str | Unset = UNSET
        if not isinstance(self.transcribe_id, Unset):
            transcribe_id = str(self.transcribe_id)

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction.value

        message = self.message

        tm_transcript: None | str | Unset
        if isinstance(self.tm_transcript, Unset):
            tm_transcript = UNSET
        elif isinstance(self.tm_transcript, datetime.datetime):
            tm_transcript = self.tm_transcript.isoformat()
        else:
            tm_transcript = self.tm_transcript

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
        if transcribe_id is not UNSET:
            field_dict["transcribe_id"] = transcribe_id
        if direction is not UNSET:
            field_dict["direction"] = direction
        if message is not UNSET:
            field_dict["message"] = message
        if tm_transcript is not UNSET:
            field_dict["tm_transcript"] = tm_transcript
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

        def _parse_tm_transcript(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"tm_transcript: unexpected {type(data).__name__}")
            tm_transcript_type_0 = parse_datetime(data)

            return tm_transcript_type_0

        tm_transcript = _parse_tm_transcript(d.pop("tm_transcript", UNSET))

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

        transcribe_manager_transcript = cls(
            id=id,
            customer_id=customer_id,
            transcribe_id=transcribe_id,
            direction=direction,
            message=message,
            tm_transcript=tm_transcript,
            tm_create=tm_create,
        )

        transcribe_manager_transcript.additional_properties = d
        return transcribe_manager_transcript

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
