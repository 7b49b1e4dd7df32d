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
    gender (str | None): Gender of the voice. Supported values are male, female, neutral.
    language (str | None): IETF locale name (e.g., ko-KR, en-US).
    digits_handle (ActionOptionTalkDigitsHandle | None): Defines the action when it receives digits.
    async_ (bool | None): If true, the talk action will not block the flow execution.
    """

    __slots__ = ("async_", "digits_handle", "gender", "language", "text")
    _fields = (
        ("text", "text"),
        ("gender", "gender"),
        ("language", "language"),
        ("digits_handle", "digits_handle"),
        ("async_", "async"),
    )
    _wire_names = frozenset(
        {
            "text",
            "gender",
            "language",
            "digits_handle",
            "async",
        }
    )

    text: str | None
    gender: str | None
    language: str | None
    digits_handle: ActionOptionTalkDigitsHandle | None
    async_: bool | None

    def __init__(
        self,
        *,
        text: str | None = None,
        gender: str | None = None,
        language: str | None = None,
        digits_handle: ActionOptionTalkDigitsHandle | None = None,
        async_: bool | None = None,
    ) -> None:
        self._data = {}
        self.text = text
        self.gender = gender
        self.language = language
        self.digits_handle = digits_handle
        self.async_ = async_

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
        v = get("gender")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ActionOptionTalk", "gender", "str", v)
        self.gender = v
        v = get("language")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ActionOptionTalk", "language", "str", v)
        self.language = v
        v = get("digits_handle")
        if v is not None:
            v = open_enum(
                ActionOptionTalkDigitsHandle, v, "ActionOptionTalk", "digits_handle"
            )
        self.digits_handle = v
        v = get("async")
        if type(v) is not bool and v is not None:
            raise FieldError("ActionOptionTalk", "async", "bool", v)
        self.async_ = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.action_option_talk_digits_handle import ActionOptionTalkDigitsHandle
