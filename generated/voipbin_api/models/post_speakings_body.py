from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PostSpeakingsBody")


@_attrs_define
class PostSpeakingsBody:
    """
    Attributes:
        reference_type (str): Type of the referenced entity (call, confbridge)
        reference_id (str): ID of the referenced entity
        language (str | Unset): TTS language (e.g. en-US)
        provider (str | Unset): TTS provider. Defaults to elevenlabs.
        voice_id (str | Unset): Provider-specific voice ID. If empty, uses default for language.
        direction (str | Unset): Audio injection direction (in, out, both). Defaults to none.
    """

    reference_type: str
    reference_id: str
    language: str | Unset = UNSET
    provider: str | Unset = UNSET
    voice_id: str | Unset = UNSET
    direction: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reference_type = self.reference_type

        reference_id = self.reference_id

        language = self.language

        provider = self.provider

        voice_id = self.voice_id

        direction = self.direction

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reference_type": reference_type,
                "reference_id": reference_id,
            }
        )
        if language is not UNSET:
            field_dict["language"] = language
        if provider is not UNSET:
            field_dict["provider"] = provider
        if voice_id is not UNSET:
            field_dict["voice_id"] = voice_id
        if direction is not UNSET:
            field_dict["direction"] = direction

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        reference_type = d.pop("reference_type")

        reference_id = d.pop("reference_id")

        language = d.pop("language", UNSET)

        provider = d.pop("provider", UNSET)

        voice_id = d.pop("voice_id", UNSET)

        direction = d.pop("direction", UNSET)

        post_speakings_body = cls(
            reference_type=reference_type,
            reference_id=reference_id,
            language=language,
            provider=provider,
            voice_id=voice_id,
            direction=direction,
        )

        post_speakings_body.additional_properties = d
        return post_speakings_body

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
