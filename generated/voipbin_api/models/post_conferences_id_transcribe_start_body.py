from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
)


class PostConferencesIdTranscribeStartBody(Model):
    """Attributes:
    language (str): The language for transcription.
    """

    __slots__ = ("language",)
    _fields = (("language", "language"),)
    _wire_names = frozenset(
        {
            "language",
        }
    )

    language: str

    def __init__(
        self,
        *,
        language: str | None = None,
    ) -> None:
        self._data = {}
        self.language = language  # type: ignore[assignment]

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "PostConferencesIdTranscribeStartBody")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("language")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError(
                "PostConferencesIdTranscribeStartBody", "language", "str", v
            )
        self.language = v
        return self
