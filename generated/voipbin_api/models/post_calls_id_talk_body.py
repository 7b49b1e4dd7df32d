from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PostCallsIdTalkBody")


@_attrs_define
class PostCallsIdTalkBody:
    """
    Attributes:
        text (str | Unset):
        language (str | Unset):
        provider (str | Unset): TTS provider to use (gcp or aws). If empty, defaults to GCP. If the selected provider
            fails, the system falls back to the alternative provider with the default voice for the language.
        voice_id (str | Unset): Provider-specific voice ID. If empty, uses the default voice for the given language. On
            fallback, the voice_id is reset to the alternative provider's default.
    """

    text: str | Unset = UNSET
    language: str | Unset = UNSET
    provider: str | Unset = UNSET
    voice_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        language = self.language

        provider = self.provider

        voice_id = self.voice_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if text is not UNSET:
            field_dict["text"] = text
        if language is not UNSET:
            field_dict["language"] = language
        if provider is not UNSET:
            field_dict["provider"] = provider
        if voice_id is not UNSET:
            field_dict["voice_id"] = voice_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        text = d.pop("text", UNSET)

        language = d.pop("language", UNSET)

        provider = d.pop("provider", UNSET)

        voice_id = d.pop("voice_id", UNSET)

        post_calls_id_talk_body = cls(
            text=text,
            language=language,
            provider=provider,
            voice_id=voice_id,
        )

        post_calls_id_talk_body.additional_properties = d
        return post_calls_id_talk_body

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
