from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
    open_enum,
)


class ActionOptionTalk(Model):
    """Attributes:
    text (str | None): The text to read, either in SSML format or plain text.
    language (str | None): IETF locale name (e.g., ko-KR, en-US).
    digits_handle (ActionOptionTalkDigitsHandle | None): Defines the action when it receives digits.
    async_ (bool | None): If true, the talk action will not block the flow execution.
    provider (str | None): TTS provider(gcp/aws)
    voice_id (str | None): Provider-specific voice ID
    """

    __slots__ = ("async_", "digits_handle", "language", "provider", "text", "voice_id")
    _fields = (
        ("text", "text"),
        ("language", "language"),
        ("digits_handle", "digits_handle"),
        ("async_", "async"),
        ("provider", "provider"),
        ("voice_id", "voice_id"),
    )
    _wire_names = frozenset(
        {
            "text",
            "language",
            "digits_handle",
            "async",
            "provider",
            "voice_id",
        }
    )

    text: str | None
    language: str | None
    digits_handle: ActionOptionTalkDigitsHandle | None
    async_: bool | None
    provider: str | None
    voice_id: str | None

    def __init__(
        self,
        *,
        text: str | None = None,
        language: str | None = None,
        digits_handle: ActionOptionTalkDigitsHandle | None = None,
        async_: bool | None = None,
        provider: str | None = None,
        voice_id: str | None = None,
    ) -> None:
        self._data = {}
        self.text = text
        self.language = language
        self.digits_handle = digits_handle
        self.async_ = async_
        self.provider = provider
        self.voice_id = voice_id

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "ActionOptionTalk")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("text")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ActionOptionTalk", "text", "str", v)
        self.text = v
        v = get("language")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ActionOptionTalk", "language", "str", v)
        self.language = v
        v = get("digits_handle")
        if v is not None:
            m = (
                ActionOptionTalkDigitsHandle._value2member_map_.get(v)
                if type(v) is str
                else None
            )
            v = (
                open_enum(
                    ActionOptionTalkDigitsHandle, v, "ActionOptionTalk", "digits_handle"
                )
                if m is None
                else m
            )
        self.digits_handle = v
        v = get("async")
        if type(v) is not bool and v is not None:
            raise FieldError("ActionOptionTalk", "async", "bool", v)
        self.async_ = v
        v = get("provider")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ActionOptionTalk", "provider", "str", v)
        self.provider = v
        v = get("voice_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ActionOptionTalk", "voice_id", "str", v)
        self.voice_id = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.action_option_talk_digits_handle import ActionOptionTalkDigitsHandle
