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


class PostAicallsBody(Model):
    """Attributes:
    assistance_type (AIcallAssistanceType): Type of assistance entity associated with the AI call.
    assistance_id (str):
    reference_type (AIcallReferenceType): Type of reference associated with the ai call.
    reference_id (str):
    """

    __slots__ = ("assistance_id", "assistance_type", "reference_id", "reference_type")
    _fields = (
        ("assistance_type", "assistance_type"),
        ("assistance_id", "assistance_id"),
        ("reference_type", "reference_type"),
        ("reference_id", "reference_id"),
    )
    _wire_names = frozenset(
        {
            "assistance_type",
            "assistance_id",
            "reference_type",
            "reference_id",
        }
    )

    assistance_type: AIcallAssistanceType
    assistance_id: str
    reference_type: AIcallReferenceType
    reference_id: str

    def __init__(
        self,
        *,
        assistance_type: AIcallAssistanceType | None = None,
        assistance_id: str | None = None,
        reference_type: AIcallReferenceType | None = None,
        reference_id: str | None = None,
    ) -> None:
        self._data = {}
        self.assistance_type = assistance_type  # type: ignore[assignment]
        self.assistance_id = assistance_id  # type: ignore[assignment]
        self.reference_type = reference_type  # type: ignore[assignment]
        self.reference_id = reference_id  # type: ignore[assignment]

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "PostAicallsBody")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("assistance_type")
        if v is not None:
            m = (
                AIcallAssistanceType._value2member_map_.get(v)
                if type(v) is str
                else None
            )
            v = (
                open_enum(AIcallAssistanceType, v, "PostAicallsBody", "assistance_type")
                if m is None
                else m
            )
        self.assistance_type = v
        v = get("assistance_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostAicallsBody", "assistance_id", "str", v)
        self.assistance_id = v
        v = get("reference_type")
        if v is not None:
            m = (
                AIcallReferenceType._value2member_map_.get(v)
                if type(v) is str
                else None
            )
            v = (
                open_enum(AIcallReferenceType, v, "PostAicallsBody", "reference_type")
                if m is None
                else m
            )
        self.reference_type = v
        v = get("reference_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostAicallsBody", "reference_id", "str", v)
        self.reference_id = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.a_icall_assistance_type import AIcallAssistanceType
from ..models.a_icall_reference_type import AIcallReferenceType
