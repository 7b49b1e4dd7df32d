from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transcribe_manager_transcribe_direction import (
    TranscribeManagerTranscribeDirection,
)
from ..models.transcribe_manager_transcribe_provider import (
    TranscribeManagerTranscribeProvider,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="FlowManagerActionOptionTranscribeRecording")


@_attrs_define
class FlowManagerActionOptionTranscribeRecording:
    """
    Attributes:
        language (str | Unset): BCP47 format for the language (e.g., en-US). Example: en-US.
        on_end_flow_id (UUID | Unset): The unique identifier of the flow to execute when recording transcription ends.
            Returned from the `POST /flows` or `GET /flows` response. Example: a1b2c3d4-e5f6-7890-1234-567890abcdef.
        provider (TranscribeManagerTranscribeProvider | Unset):  Example: gcp.
        direction (TranscribeManagerTranscribeDirection | Unset):  Example: both.
    """

    language: str | Unset = UNSET
    on_end_flow_id: UUID | Unset = UNSET
    provider: TranscribeManagerTranscribeProvider | Unset = UNSET
    direction: TranscribeManagerTranscribeDirection | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        language = self.language

        on_end_flow_id: str | Unset = UNSET
        if not isinstance(self.on_end_flow_id, Unset):
            on_end_flow_id = str(self.on_end_flow_id)

        provider: str | Unset = UNSET
        if not isinstance(self.provider, Unset):
            provider = self.provider.value

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if language is not UNSET:
            field_dict["language"] = language
        if on_end_flow_id is not UNSET:
            field_dict["on_end_flow_id"] = on_end_flow_id
        if provider is not UNSET:
            field_dict["provider"] = provider
        if direction is not UNSET:
            field_dict["direction"] = direction

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        language = d.pop("language", UNSET)

        _on_end_flow_id = d.pop("on_end_flow_id", UNSET)
        on_end_flow_id: UUID | Unset
        if isinstance(_on_end_flow_id, Unset):
            on_end_flow_id = UNSET
        else:
            on_end_flow_id = UUID(_on_end_flow_id)

        _provider = d.pop("provider", UNSET)
        provider: TranscribeManagerTranscribeProvider | Unset
        if isinstance(_provider, Unset):
            provider = UNSET
        else:
            provider = TranscribeManagerTranscribeProvider(_provider)

        _direction = d.pop("direction", UNSET)
        direction: TranscribeManagerTranscribeDirection | Unset
        if isinstance(_direction, Unset):
            direction = UNSET
        else:
            direction = TranscribeManagerTranscribeDirection(_direction)

        flow_manager_action_option_transcribe_recording = cls(
            language=language,
            on_end_flow_id=on_end_flow_id,
            provider=provider,
            direction=direction,
        )

        flow_manager_action_option_transcribe_recording.additional_properties = d
        return flow_manager_action_option_transcribe_recording

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
