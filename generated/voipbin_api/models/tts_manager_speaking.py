from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tts_manager_speaking_direction import TtsManagerSpeakingDirection
from ..models.tts_manager_speaking_reference_type import TtsManagerSpeakingReferenceType
from ..models.tts_manager_speaking_status import TtsManagerSpeakingStatus
from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="TtsManagerSpeaking")


@_attrs_define
class TtsManagerSpeaking:
    """
    Attributes:
        id (UUID | Unset): The unique identifier of the speaking session. Returned from the `POST /speakings` or `GET
            /speakings` response. Example: 550e8400-e29b-41d4-a716-446655440000.
        customer_id (UUID | Unset): The unique identifier of the customer who owns this speaking session. Returned from
            the `GET /customers` response. Example: 7c4d2f3a-1b8e-4f5c-9a6d-3e2f1a0b4c5d.
        reference_type (TtsManagerSpeakingReferenceType | Unset): Type of the referenced entity for the speaking
            session. Example: call.
        reference_id (UUID | Unset): The unique identifier of the referenced resource (call or confbridge). Returned
            from the corresponding resource endpoint. Example: a1b2c3d4-e5f6-7890-abcd-ef1234567890.
        language (str | Unset): TTS language (e.g. en-US) Example: en-US.
        provider (str | Unset): TTS provider (elevenlabs) Example: elevenlabs.
        voice_id (str | Unset): Provider-specific voice ID Example: 21m00Tcm4TlvDq8ikWAM.
        direction (TtsManagerSpeakingDirection | Unset): Audio injection direction for the speaking session. Example:
            both.
        status (TtsManagerSpeakingStatus | Unset): Status of the speaking session. Example: active.
        tm_create (datetime.datetime | None | Unset): Creation timestamp Example: 2026-01-15T09:30:00.000000Z.
        tm_update (datetime.datetime | None | Unset): Last update timestamp Example: 2026-01-16T14:20:00.000000Z.
        tm_delete (datetime.datetime | None | Unset): Soft-delete timestamp Example: 2026-01-17T18:45:00.000000Z.
    """

    id: UUID | Unset = UNSET
    customer_id: UUID | Unset = UNSET
    reference_type: TtsManagerSpeakingReferenceType | Unset = UNSET
    reference_id: UUID | Unset = UNSET
    language: str | Unset = UNSET
    provider: str | Unset = UNSET
    voice_id: str | Unset = UNSET
    direction: TtsManagerSpeakingDirection | Unset = UNSET
    status: TtsManagerSpeakingStatus | Unset = UNSET
    tm_create: datetime.datetime | None | Unset = UNSET
    tm_update: datetime.datetime | None | Unset = UNSET
    tm_delete: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        customer_id: str | Unset = UNSET
        if not isinstance(self.customer_id, Unset):
            customer_id = str(self.customer_id)

        reference_type: str | Unset = UNSET
        if not isinstance(self.reference_type, Unset):
            reference_type = self.reference_type.value

        reference_id: str | Unset = UNSET
        if not isinstance(self.reference_id, Unset):
            reference_id = str(self.reference_id)

        language = self.language

        provider = self.provider

        voice_id = self.voice_id

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        tm_create: None | str | Unset
        if isinstance(self.tm_create, Unset):
            tm_create = UNSET
        elif isinstance(self.tm_create, datetime.datetime):
            tm_create = self.tm_create.isoformat()
        else:
            tm_create = self.tm_create

        tm_update: None | str | Unset
        if isinstance(self.tm_update, Unset):
            tm_update = UNSET
        elif isinstance(self.tm_update, datetime.datetime):
            tm_update = self.tm_update.isoformat()
        else:
            tm_update = self.tm_update

        tm_delete: None | str | Unset
        if isinstance(self.tm_delete, Unset):
            tm_delete = UNSET
        elif isinstance(self.tm_delete, datetime.datetime):
            tm_delete = self.tm_delete.isoformat()
        else:
            tm_delete = self.tm_delete

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if reference_type is not UNSET:
            field_dict["reference_type"] = reference_type
        if reference_id is not UNSET:
            field_dict["reference_id"] = reference_id
        if language is not UNSET:
            field_dict["language"] = language
        if provider is not UNSET:
            field_dict["provider"] = provider
        if voice_id is not UNSET:
            field_dict["voice_id"] = voice_id
        if direction is not UNSET:
            field_dict["direction"] = direction
        if status is not UNSET:
            field_dict["status"] = status
        if tm_create is not UNSET:
            field_dict["tm_create"] = tm_create
        if tm_update is not UNSET:
            field_dict["tm_update"] = tm_update
        if tm_delete is not UNSET:
            field_dict["tm_delete"] = tm_delete

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

        _reference_type = d.pop("reference_type", UNSET)
        reference_type: TtsManagerSpeakingReferenceType | Unset
        if isinstance(_reference_type, Unset):
            reference_type = UNSET
        else:
            reference_type = TtsManagerSpeakingReferenceType(_reference_type)

        _reference_id = d.pop("reference_id", UNSET)
        reference_id: UUID | Unset
        if isinstance(_reference_id, Unset):
            reference_id = UNSET
        else:
            reference_id = UUID(_reference_id)

        language = d.pop("language", UNSET)

        provider = d.pop("provider", UNSET)

        voice_id = d.pop("voice_id", UNSET)

        _direction = d.pop("direction", UNSET)
        direction: TtsManagerSpeakingDirection | Unset
        if isinstance(_direction, Unset):
            direction = UNSET
        else:
            direction = TtsManagerSpeakingDirection(_direction)

        _status = d.pop("status", UNSET)
        status: TtsManagerSpeakingStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = TtsManagerSpeakingStatus(_status)

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

        def _parse_tm_update(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"tm_update: unexpected {type(data).__name__}")
            tm_update_type_0 = parse_datetime(data)

            return tm_update_type_0

        tm_update = _parse_tm_update(d.pop("tm_update", UNSET))

        def _parse_tm_delete(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"tm_delete: unexpected {type(data).__name__}")
            tm_delete_type_0 = parse_datetime(data)

            return tm_delete_type_0

        tm_delete = _parse_tm_delete(d.pop("tm_delete", UNSET))

        tts_manager_speaking = cls(
            id=id,
            customer_id=customer_id,
            reference_type=reference_type,
            reference_id=reference_id,
            language=language,
            provider=provider,
            voice_id=voice_id,
            direction=direction,
            status=status,
            tm_create=tm_create,
            tm_update=tm_update,
            tm_delete=tm_delete,
        )

        tts_manager_speaking.additional_properties = d
        return tts_manager_speaking

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
