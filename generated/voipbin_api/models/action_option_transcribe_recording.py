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


class ActionOptionTranscribeRecording(Model):
    """Attributes:
    language (str | None): BCP47 format for the language (e.g., en-US).
    on_end_flow_id (str | None): The unique identifier of the flow to execute when recording transcription ends.
        Returned from the `POST /flows` or `GET /flows` response.
    provider (TranscribeProvider | None):
    direction (TranscribeDirection | None):
    """

    __slots__ = ("direction", "language", "on_end_flow_id", "provider")
    _fields = (
        ("language", "language"),
        ("on_end_flow_id", "on_end_flow_id"),
        ("provider", "provider"),
        ("direction", "direction"),
    )
    _wire_names = frozenset(
        {
            "language",
            "on_end_flow_id",
            "provider",
            "direction",
        }
    )

    language: str | None
    on_end_flow_id: str | None
    provider: TranscribeProvider | None
    direction: TranscribeDirection | None

    def __init__(
        self,
        *,
        language: str | None = None,
        on_end_flow_id: str | None = None,
        provider: TranscribeProvider | None = None,
        direction: TranscribeDirection | None = None,
    ) -> None:
        self._data = {}
        self.language = language
        self.on_end_flow_id = on_end_flow_id
        self.provider = provider
        self.direction = direction

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "ActionOptionTranscribeRecording")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("language")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ActionOptionTranscribeRecording", "language", "str", v)
        self.language = v
        v = get("on_end_flow_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError(
                "ActionOptionTranscribeRecording", "on_end_flow_id", "str", v
            )
        self.on_end_flow_id = v
        v = get("provider")
        if v is not None:
            m = TranscribeProvider._value2member_map_.get(v) if type(v) is str else None
            v = (
                open_enum(
                    TranscribeProvider, v, "ActionOptionTranscribeRecording", "provider"
                )
                if m is None
                else m
            )
        self.provider = v
        v = get("direction")
        if v is not None:
            m = (
                TranscribeDirection._value2member_map_.get(v)
                if type(v) is str
                else None
            )
            v = (
                open_enum(
                    TranscribeDirection,
                    v,
                    "ActionOptionTranscribeRecording",
                    "direction",
                )
                if m is None
                else m
            )
        self.direction = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.transcribe_direction import TranscribeDirection
from ..models.transcribe_provider import TranscribeProvider
