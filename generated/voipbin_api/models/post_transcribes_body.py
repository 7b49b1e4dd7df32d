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
from ..models.transcribe_manager_transcribe_reference_type import (
    TranscribeManagerTranscribeReferenceType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PostTranscribesBody")


@_attrs_define
class PostTranscribesBody:
    """
    Attributes:
        reference_type (TranscribeManagerTranscribeReferenceType):  Example: call.
        reference_id (str): The ID of the reference for the transcription.
        language (str): The language of the transcription.
        direction (TranscribeManagerTranscribeDirection | Unset):  Example: both.
        provider (TranscribeManagerTranscribeProvider | Unset):  Example: gcp.
        on_end_flow_id (UUID | Unset): The flow to execute when the transcription ends. The flow ID returned from the
            POST /flows or GET /flows response. If omitted, no follow-up flow is executed. Example:
            d4e5f6a7-b8c9-0123-4567-890abcdef012.
    """

    reference_type: TranscribeManagerTranscribeReferenceType
    reference_id: str
    language: str
    direction: TranscribeManagerTranscribeDirection | Unset = UNSET
    provider: TranscribeManagerTranscribeProvider | Unset = UNSET
    on_end_flow_id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reference_type = self.reference_type.value

        reference_id = self.reference_id

        language = self.language

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction.value

        provider: str | Unset = UNSET
        if not isinstance(self.provider, Unset):
            provider = self.provider.value

        on_end_flow_id: str | Unset = UNSET
        if not isinstance(self.on_end_flow_id, Unset):
            on_end_flow_id = str(self.on_end_flow_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reference_type": reference_type,
                "reference_id": reference_id,
                "language": language,
            }
        )
        if direction is not UNSET:
            field_dict["direction"] = direction
        if provider is not UNSET:
            field_dict["provider"] = provider
        if on_end_flow_id is not UNSET:
            field_dict["on_end_flow_id"] = on_end_flow_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        reference_type = TranscribeManagerTranscribeReferenceType(
            d.pop("reference_type")
        )

        reference_id = d.pop("reference_id")

        language = d.pop("language")

        _direction = d.pop("direction", UNSET)
        direction: TranscribeManagerTranscribeDirection | Unset
        if isinstance(_direction, Unset):
            direction = UNSET
        else:
            direction = TranscribeManagerTranscribeDirection(_direction)

        _provider = d.pop("provider", UNSET)
        provider: TranscribeManagerTranscribeProvider | Unset
        if isinstance(_provider, Unset):
            provider = UNSET
        else:
            provider = TranscribeManagerTranscribeProvider(_provider)

        _on_end_flow_id = d.pop("on_end_flow_id", UNSET)
        on_end_flow_id: UUID | Unset
        if isinstance(_on_end_flow_id, Unset):
            on_end_flow_id = UNSET
        else:
            on_end_flow_id = UUID(_on_end_flow_id)

        post_transcribes_body = cls(
            reference_type=reference_type,
            reference_id=reference_id,
            language=language,
            direction=direction,
            provider=provider,
            on_end_flow_id=on_end_flow_id,
        )

        post_transcribes_body.additional_properties = d
        return post_transcribes_body

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
