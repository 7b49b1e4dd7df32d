from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_conferences_id_recording_start_body_format import (
    PostConferencesIdRecordingStartBodyFormat,
)

T = TypeVar("T", bound="PostConferencesIdRecordingStartBody")


@_attrs_define
class PostConferencesIdRecordingStartBody:
    """
    Attributes:
        format_ (PostConferencesIdRecordingStartBodyFormat): The format of the recording.
        duration (int): The maximum duration of the recording (in seconds).
        on_end_flow_id (str): The ID of the flow to be executed when the recording ends.
    """

    format_: PostConferencesIdRecordingStartBodyFormat
    duration: int
    on_end_flow_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        format_ = self.format_.value

        duration = self.duration

        on_end_flow_id = self.on_end_flow_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "format": format_,
                "duration": duration,
                "on_end_flow_id": on_end_flow_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        format_ = PostConferencesIdRecordingStartBodyFormat(d.pop("format"))

        duration = d.pop("duration")

        on_end_flow_id = d.pop("on_end_flow_id")

        post_conferences_id_recording_start_body = cls(
            format_=format_,
            duration=duration,
            on_end_flow_id=on_end_flow_id,
        )

        post_conferences_id_recording_start_body.additional_properties = d
        return post_conferences_id_recording_start_body

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
