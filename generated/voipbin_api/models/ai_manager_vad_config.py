from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AIManagerVADConfig")


@_attrs_define
class AIManagerVADConfig:
    """Voice Activity Detection configuration. Omitted fields use Pipecat defaults (confidence=0.7, start_secs=0.2,
    stop_secs=0.2, min_volume=0.6).

        Attributes:
            confidence (float | Unset): Minimum confidence threshold to detect voice. Range 0.0–1.0. Omitted fields use
                Pipecat default. Default: 0.7. Example: 0.7.
            start_secs (float | Unset): Duration in seconds of continuous speech needed to confirm speaking started. Range
                0.0–30.0. Omitted fields use Pipecat default. Default: 0.2. Example: 0.2.
            stop_secs (float | Unset): Duration in seconds of silence needed to confirm speaking stopped. Range 0.0–30.0.
                Omitted fields use Pipecat default. Default: 0.2. Example: 0.5.
            min_volume (float | Unset): Minimum audio volume for voice detection. Range 0.0–1.0. Omitted fields use Pipecat
                default. Default: 0.6. Example: 0.6.
    """

    confidence: float | Unset = 0.7
    start_secs: float | Unset = 0.2
    stop_secs: float | Unset = 0.2
    min_volume: float | Unset = 0.6
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        confidence = self.confidence

        start_secs = self.start_secs

        stop_secs = self.stop_secs

        min_volume = self.min_volume

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        if start_secs is not UNSET:
            field_dict["start_secs"] = start_secs
        if stop_secs is not UNSET:
            field_dict["stop_secs"] = stop_secs
        if min_volume is not UNSET:
            field_dict["min_volume"] = min_volume

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        confidence = d.pop("confidence", UNSET)

        start_secs = d.pop("start_secs", UNSET)

        stop_secs = d.pop("stop_secs", UNSET)

        min_volume = d.pop("min_volume", UNSET)

        ai_manager_vad_config = cls(
            confidence=confidence,
            start_secs=start_secs,
            stop_secs=stop_secs,
            min_volume=min_volume,
        )

        ai_manager_vad_config.additional_properties = d
        return ai_manager_vad_config

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
