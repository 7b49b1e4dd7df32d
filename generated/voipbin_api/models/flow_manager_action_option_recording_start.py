from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FlowManagerActionOptionRecordingStart")


@_attrs_define
class FlowManagerActionOptionRecordingStart:
    """
    Attributes:
        format_ (str | Unset): Format to encode audio in. Supported values are wav, mp3, ogg. Example: wav.
        end_of_silence (int | Unset): Maximum duration of silence, in seconds. 0 for no limit. Example: 5.
        end_of_key (str | Unset): DTMF input to terminate recording. Supported values are none, any, *, Example: #.
        duration (int | Unset): Maximum duration of the recording, in seconds. 0 for no limit. Example: 300.
        beep_start (bool | Unset): Play beep when recording begins. Example: True.
        on_end_flow_id (UUID | Unset): The unique identifier of the flow to execute when recording ends. Returned from
            the `POST /flows` or `GET /flows` response. Example: a1b2c3d4-e5f6-7890-1234-567890abcdef.
    """

    format_: str | Unset = UNSET
    end_of_silence: int | Unset = UNSET
    end_of_key: str | Unset = UNSET
    duration: int | Unset = UNSET
    beep_start: bool | Unset = UNSET
    on_end_flow_id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        format_ = self.format_

        end_of_silence = self.end_of_silence

        end_of_key = self.end_of_key

        duration = self.duration

        beep_start = self.beep_start

        on_end_flow_id: str | Unset = UNSET
        if not isinstance(self.on_end_flow_id, Unset):
            on_end_flow_id = str(self.on_end_flow_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if format_ is not UNSET:
            field_dict["format"] = format_
        if end_of_silence is not UNSET:
            field_dict["end_of_silence"] = end_of_silence
        if end_of_key is not UNSET:
            field_dict["end_of_key"] = end_of_key
        if duration is not UNSET:
            field_dict["duration"] = duration
        if beep_start is not UNSET:
            field_dict["beep_start"] = beep_start
        if on_end_flow_id is not UNSET:
            field_dict["on_end_flow_id"] = on_end_flow_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        format_ = d.pop("format", UNSET)

        end_of_silence = d.pop("end_of_silence", UNSET)

        end_of_key = d.pop("end_of_key", UNSET)

        duration = d.pop("duration", UNSET)

        beep_start = d.pop("beep_start", UNSET)

        _on_end_flow_id = d.pop("on_end_flow_id", UNSET)
        on_end_flow_id: UUID | Unset
        if isinstance(_on_end_flow_id, Unset):
            on_end_flow_id = UNSET
        else:
            on_end_flow_id = UUID(_on_end_flow_id)

        flow_manager_action_option_recording_start = cls(
            format_=format_,
            end_of_silence=end_of_silence,
            end_of_key=end_of_key,
            duration=duration,
            beep_start=beep_start,
            on_end_flow_id=on_end_flow_id,
        )

        flow_manager_action_option_recording_start.additional_properties = d
        return flow_manager_action_option_recording_start

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
