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


class ActionOptionAITask(Model):
    """Attributes:
    ai_id (str | None): Deprecated: use AssistanceType+AssistanceID. Kept for backward compatibility with
        existing flows.
    assistance_type (AIcallAssistanceType | None): Type of assistance entity associated with the AI call.
    assistance_id (str | None):
    """

    __slots__ = ("ai_id", "assistance_id", "assistance_type")
    _fields = (
        ("ai_id", "ai_id"),
        ("assistance_type", "assistance_type"),
        ("assistance_id", "assistance_id"),
    )
    _wire_names = frozenset(
        {
            "ai_id",
            "assistance_type",
            "assistance_id",
        }
    )

    ai_id: str | None
    assistance_type: AIcallAssistanceType | None
    assistance_id: str | None

    def __init__(
        self,
        *,
        ai_id: str | None = None,
        assistance_type: AIcallAssistanceType | None = None,
        assistance_id: str | None = None,
    ) -> None:
        self._data = {}
        self.ai_id = ai_id
        self.assistance_type = assistance_type
        self.assistance_id = assistance_id

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "ActionOptionAITask")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("ai_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ActionOptionAITask", "ai_id", "str", v)
        self.ai_id = v
        v = get("assistance_type")
        if v is not None:
            m = (
                AIcallAssistanceType._value2member_map_.get(v)
                if type(v) is str
                else None
            )
            v = (
                open_enum(
                    AIcallAssistanceType, v, "ActionOptionAITask", "assistance_type"
                )
                if m is None
                else m
            )
        self.assistance_type = v
        v = get("assistance_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ActionOptionAITask", "assistance_id", "str", v)
        self.assistance_id = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.a_icall_assistance_type import AIcallAssistanceType
