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


class ActionOptionAISummary(Model):
    """Attributes:
    on_end_flow_id (str | None): The unique identifier of the flow to execute when AI summary completes.
        Returned from the `POST /flows` or `GET /flows` response.
    reference_type (SummaryReferenceType | None): Type of reference for the AI summary.
    reference_id (str | None): The unique identifier of the referenced resource. Returned from the corresponding
        resource endpoint.
    language (str | None): BCP47 language code for the summary.
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

    on_end_flow_id: str | None
    reference_type: SummaryReferenceType | None
    reference_id: str | None
    language: str | None

    def __init__(
        self,
        *,
        on_end_flow_id: str | None = None,
        reference_type: SummaryReferenceType | None = None,
        reference_id: str | None = None,
        language: str | None = None,
    ) -> None:
        self._data = {}
        self.on_end_flow_id = on_end_flow_id
        self.reference_type = reference_type
        self.reference_id = reference_id
        self.language = language

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "ActionOptionAISummary")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("on_end_flow_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ActionOptionAISummary", "on_end_flow_id", "str", v)
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
                    SummaryReferenceType, v, "ActionOptionAISummary", "reference_type"
                )
                if m is None
                else m
            )
        self.reference_type = v
        v = get("reference_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ActionOptionAISummary", "reference_id", "str", v)
        self.reference_id = v
        v = get("language")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ActionOptionAISummary", "language", "str", v)
        self.language = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.summary_reference_type import SummaryReferenceType
