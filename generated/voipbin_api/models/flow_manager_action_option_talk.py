from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flow_manager_action_option_talk_digits_handle import (
    FlowManagerActionOptionTalkDigitsHandle,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="FlowManagerActionOptionTalk")


@_attrs_define
class FlowManagerActionOptionTalk:
    """
    Attributes:
        text (str | Unset): The text to read, either in SSML format or plain text. Example: Welcome to VoIPBin. How can
            I help you?.
        gender (str | Unset): Gender of the voice. Supported values are male, female, neutral. Example: female.
        language (str | Unset): IETF locale name (e.g., ko-KR, en-US). Example: en-US.
        digits_handle (FlowManagerActionOptionTalkDigitsHandle | Unset): Defines the action when it receives digits.
        async_ (bool | Unset): If true, the talk action will not block the flow execution. Example: False.
    """

    text: str | Unset = UNSET
    gender: str | Unset = UNSET
    language: str | Unset = UNSET
    digits_handle: FlowManagerActionOptionTalkDigitsHandle | Unset = UNSET
    async_: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        gender = self.gender

        language = self.language

        digits_handle: str | Unset = UNSET
        if not isinstance(self.digits_handle, Unset):
            digits_handle = self.digits_handle.value

        async_ = self.async_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if text is not UNSET:
            field_dict["text"] = text
        if gender is not UNSET:
            field_dict["gender"] = gender
        if language is not UNSET:
            field_dict["language"] = language
        if digits_handle is not UNSET:
            field_dict["digits_handle"] = digits_handle
        if async_ is not UNSET:
            field_dict["async"] = async_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        text = d.pop("text", UNSET)

        gender = d.pop("gender", UNSET)

        language = d.pop("language", UNSET)

        _digits_handle = d.pop("digits_handle", UNSET)
        digits_handle: FlowManagerActionOptionTalkDigitsHandle | Unset
        if isinstance(_digits_handle, Unset):
            digits_handle = UNSET
        else:
            digits_handle = FlowManagerActionOptionTalkDigitsHandle(_digits_handle)

        async_ = d.pop("async", UNSET)

        flow_manager_action_option_talk = cls(
            text=text,
            gender=gender,
            language=language,
            digits_handle=digits_handle,
            async_=async_,
        )

        flow_manager_action_option_talk.additional_properties = d
        return flow_manager_action_option_talk

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
