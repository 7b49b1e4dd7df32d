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


class PostAisummariesBody(Model):
    """Attributes:
    on_end_flow_id (str): The ID of the flow to be executed when the ai summary ends.
    reference_type (SummaryReferenceType): Type of reference for the AI summary.
    reference_id (str): The ID of the reference for the ai summary.
    language (str): The language of the ai summary.
    """

    __slots__ = ("language", "on_end_flow_id", "reference_id", "reference_type")
    _fields = (
        ("on_end_flow_id", "on_end_flow_id"),
        ("reference_type", "reference_type"),
        ("reference_id", "reference_id"),
        ("language", "language"),
    )
    _wire_names = frozenset(
        {
            "on_end_flow_id",
            "reference_type",
            "reference_id",
            "language",
        }
    )

    on_end_flow_id: str
    reference_type: SummaryReferenceType
    reference_id: str
    language: str

    def __init__(
        self,
        *,
        on_end_flow_id: str | None = None,
        reference_type: SummaryReferenceType | None = None,
        reference_id: str | None = None,
        language: str | None = None,
    ) -> None:
        self._data = {}
        self.on_end_flow_id = on_end_flow_id  # type: ignore[assignment]
        self.reference_type = reference_type  # type: ignore[assignment]
        self.reference_id = reference_id  # type: ignore[assignment]
        self.language = language  # type: ignore[assignment]

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "PostAisummariesBody")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("on_end_flow_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostAisummariesBody", "on_end_flow_id", "str", v)
        self.on_end_flow_id = v
        v = get("reference_type")
        if v is not None:
            m = (
                SummaryReferenceType._value2member_map_.get(v)
                if type(v) is str
                else None
            )
            v = (
                open_enum(
                    SummaryReferenceType, v, "PostAisummariesBody", "reference_type"
                )
                if m is None
                else m
            )
        self.reference_type = v
        v = get("reference_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostAisummariesBody", "reference_id", "str", v)
        self.reference_id = v
        v = get("language")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostAisummariesBody", "language", "str", v)
        self.language = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.summary_reference_type import SummaryReferenceType
