from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
)


class PostSpeakingsBody(Model):
    """Attributes:
    reference_type (str): Type of the referenced entity (call, confbridge)
    reference_id (str): ID of the referenced entity
    language (str | None): TTS language (e.g. en-US)
    provider (str | None): TTS provider. Defaults to elevenlabs.
    voice_id (str | None): Provider-specific voice ID. If empty, uses default for language.
    direction (str | None): Audio injection direction (in, out, both). Defaults to none.
    """

    __slots__ = (
        "direction",
        "language",
        "provider",
        "reference_id",
        "reference_type",
        "voice_id",
    )
    _fields = (
        ("reference_type", "reference_type"),
        ("reference_id", "reference_id"),
        ("language", "language"),
        ("provider", "provider"),
        ("voice_id", "voice_id"),
        ("direction", "direction"),
    )
    _wire_names = frozenset(
        {
            "reference_type",
            "reference_id",
            "language",
            "provider",
            "voice_id",
            "direction",
        }
    )

    reference_type: str
    reference_id: str
    language: str | None
    provider: str | None
    voice_id: str | None
    direction: str | None

    def __init__(
        self,
        *,
        reference_type: str | None = None,
        reference_id: str | None = None,
        language: str | None = None,
        provider: str | None = None,
        voice_id: str | None = None,
        direction: str | None = None,
    ) -> None:
        self._data = {}
        self.reference_type = reference_type  # type: ignore[assignment]
        self.reference_id = reference_id  # type: ignore[assignment]
        self.language = language
        self.provider = provider
        self.voice_id = voice_id
        self.direction = direction

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "PostSpeakingsBody")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("reference_type")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostSpeakingsBody", "reference_type", "str", v)
        self.reference_type = v
        v = get("reference_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostSpeakingsBody", "reference_id", "str", v)
        self.reference_id = v
        v = get("language")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostSpeakingsBody", "language", "str", v)
        self.language = v
        v = get("provider")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostSpeakingsBody", "provider", "str", v)
        self.provider = v
        v = get("voice_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostSpeakingsBody", "voice_id", "str", v)
        self.voice_id = v
        v = get("direction")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostSpeakingsBody", "direction", "str", v)
        self.direction = v
        return self
