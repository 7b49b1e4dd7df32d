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


class PostTranscribesBody(Model):
    """Attributes:
    reference_type (TranscribeReferenceType):
    reference_id (str): The ID of the reference for the transcription.
    language (str): The language of the transcription.
    direction (TranscribeDirection | None):
    provider (TranscribeProvider | None):
    on_end_flow_id (str | None): The flow to execute when the transcription ends. The flow ID returned from the
        POST /flows or GET /flows response. If omitted, no follow-up flow is executed.
    """

    __slots__ = (
        "direction",
        "language",
        "on_end_flow_id",
        "provider",
        "reference_id",
        "reference_type",
    )
    _fields = (
        ("reference_type", "reference_type"),
        ("reference_id", "reference_id"),
        ("language", "language"),
        ("direction", "direction"),
        ("provider", "provider"),
        ("on_end_flow_id", "on_end_flow_id"),
    )
    _wire_names = frozenset(
        {
            "reference_type",
            "reference_id",
            "language",
            "direction",
            "provider",
            "on_end_flow_id",
        }
    )

    reference_type: TranscribeReferenceType
    reference_id: str
    language: str
    direction: TranscribeDirection | None
    provider: TranscribeProvider | None
    on_end_flow_id: str | None

    def __init__(
        self,
        *,
        reference_type: TranscribeReferenceType | None = None,
        reference_id: str | None = None,
        language: str | None = None,
        direction: TranscribeDirection | None = None,
        provider: TranscribeProvider | None = None,
        on_end_flow_id: str | None = None,
    ) -> None:
        self._data = {}
        self.reference_type = reference_type  # type: ignore[assignment]
        self.reference_id = reference_id  # type: ignore[assignment]
        self.language = language  # type: ignore[assignment]
        self.direction = direction
        self.provider = provider
        self.on_end_flow_id = on_end_flow_id

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "PostTranscribesBody")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("reference_type")
        if v is not None:
            m = (
                TranscribeReferenceType._value2member_map_.get(v)
                if type(v) is str
                else None
            )
            v = (
                open_enum(
                    TranscribeReferenceType, v, "PostTranscribesBody", "reference_type"
                )
                if m is None
                else m
            )
        self.reference_type = v
        v = get("reference_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostTranscribesBody", "reference_id", "str", v)
        self.reference_id = v
        v = get("language")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostTranscribesBody", "language", "str", v)
        self.language = v
        v = get("direction")
        if v is not None:
            m = (
                TranscribeDirection._value2member_map_.get(v)
                if type(v) is str
                else None
            )
            v = (
                open_enum(TranscribeDirection, v, "PostTranscribesBody", "direction")
                if m is None
                else m
            )
        self.direction = v
        v = get("provider")
        if v is not None:
            m = TranscribeProvider._value2member_map_.get(v) if type(v) is str else None
            v = (
                open_enum(TranscribeProvider, v, "PostTranscribesBody", "provider")
                if m is None
                else m
            )
        self.provider = v
        v = get("on_end_flow_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostTranscribesBody", "on_end_flow_id", "str", v)
        self.on_end_flow_id = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.transcribe_direction import TranscribeDirection
from ..models.transcribe_provider import TranscribeProvider
from ..models.transcribe_reference_type import TranscribeReferenceType
