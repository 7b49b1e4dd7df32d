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


class ActionOptionAITalk(Model):
    """Attributes:
    ai_id (str | None): Deprecated: use assistance_type+assistance_id. The unique identifier of the AI
        configuration to use.
    assistance_type (AIcallAssistanceType | None): Type of assistance entity associated with the AI call.
    assistance_id (str | None): The unique identifier of the assistance entity (AI or Team).
    duration (int | None): Maximum duration of the AI talk session in seconds.
    """

    __slots__ = ("ai_id", "assistance_id", "assistance_type", "duration")
    _fields = (
        ("ai_id", "ai_id"),
        ("assistance_type", "assistance_type"),
        ("assistance_id", "assistance_id"),
        ("duration", "duration"),
    )
    _wire_names = frozenset(
        {
            "ai_id",
            "assistance_type",
            "assistance_id",
            "duration",
        }
    )

    ai_id: str | None
    assistance_type: AIcallAssistanceType | None
    assistance_id: str | None
    duration: int | None

    def __init__(
        self,
        *,
        ai_id: str | None = None,
        assistance_type: AIcallAssistanceType | None = None,
        assistance_id: str | None = None,
        duration: int | None = None,
    ) -> None:
        self._data = {}
        self.ai_id = ai_id
        self.assistance_type = assistance_type
        self.assistance_id = assistance_id
        self.duration = duration

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "ActionOptionAITalk")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("ai_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ActionOptionAITalk", "ai_id", "str", v)
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
                    AIcallAssistanceType, v, "ActionOptionAITalk", "assistance_type"
                )
                if m is None
                else m
            )
        self.assistance_type = v
        v = get("assistance_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ActionOptionAITalk", "assistance_id", "str", v)
        self.assistance_id = v
        v = get("duration")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("ActionOptionAITalk", "duration", "int", v)
        self.duration = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.a_icall_assistance_type import AIcallAssistanceType
