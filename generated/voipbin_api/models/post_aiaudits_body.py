from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
)


class PostAiauditsBody(Model):
    """Attributes:
    aicall_id (str): The ID of the AI call to audit.
    language (str | None): BCP47 language code for audit output (e.g. "en-US", "ko-KR"). Defaults to the call's
        stt_language or "en-US".
    """

    __slots__ = (
        "aicall_id",
        "language",
    )
    _fields = (
        ("aicall_id", "aicall_id"),
        ("language", "language"),
    )
    _wire_names = frozenset(
        {
            "aicall_id",
            "language",
        }
    )

    aicall_id: str
    language: str | None

    def __init__(
        self,
        *,
        aicall_id: str | None = None,
        language: str | None = None,
    ) -> None:
        self._data = {}
        self.aicall_id = aicall_id  # type: ignore[assignment]
        self.language = language

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "PostAiauditsBody")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("aicall_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostAiauditsBody", "aicall_id", "str", v)
        self.aicall_id = v
        v = get("language")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostAiauditsBody", "language", "str", v)
        self.language = v
        return self
