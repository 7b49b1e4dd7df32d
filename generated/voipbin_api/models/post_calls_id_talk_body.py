from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
)


class PostCallsIdTalkBody(Model):
    """Attributes:
    text (str | None):
    language (str | None):
    provider (str | None): TTS provider to use (gcp or aws). If empty, defaults to GCP. If the selected provider
        fails, the system falls back to the alternative provider with the default voice for the language.
    voice_id (str | None): Provider-specific voice ID. If empty, uses the default voice for the given language.
        On fallback, the voice_id is reset to the alternative provider's default.
    """

    __slots__ = ("language", "provider", "text", "voice_id")
    _fields = (
        ("text", "text"),
        ("language", "language"),
        ("provider", "provider"),
        ("voice_id", "voice_id"),
    )
    _wire_names = frozenset(
        {
            "text",
            "language",
            "provider",
            "voice_id",
        }
    )

    text: str | None
    language: str | None
    provider: str | None
    voice_id: str | None

    def __init__(
        self,
        *,
        text: str | None = None,
        language: str | None = None,
        provider: str | None = None,
        voice_id: str | None = None,
    ) -> None:
        self._data = {}
        self.text = text
        self.language = language
        self.provider = provider
        self.voice_id = voice_id

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "PostCallsIdTalkBody")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("text")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostCallsIdTalkBody", "text", "str", v)
        self.text = v
        v = get("language")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostCallsIdTalkBody", "language", "str", v)
        self.language = v
        v = get("provider")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostCallsIdTalkBody", "provider", "str", v)
        self.provider = v
        v = get("voice_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostCallsIdTalkBody", "voice_id", "str", v)
        self.voice_id = v
        return self
