from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FlowManagerActionOptionPlay")


@_attrs_define
class FlowManagerActionOptionPlay:
    """
    Attributes:
        stream_urls (list[str] | Unset): List of stream URLs for media playback. Example:
            ['https://media.voipbin.net/audio/greeting.wav'].
    """

    stream_urls: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stream_urls: list[str] | Unset = UNSET
        if not isinstance(self.stream_urls, Unset):
            stream_urls = self.stream_urls

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if stream_urls is not UNSET:
            field_dict["stream_urls"] = stream_urls

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        stream_urls = cast(list[str], d.pop("stream_urls", UNSET))

        flow_manager_action_option_play = cls(
            stream_urls=stream_urls,
        )

        flow_manager_action_option_play.additional_properties = d
        return flow_manager_action_option_play

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
