from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    model_list,
    new_model,
    open_enum,
)


class PostServiceAgentsTalkChatsBody(Model):
    """Attributes:
    type (TalkType): Type of the talk.
    name (str | None): Talk name (optional).
    detail (str | None): Talk description/detail (optional).
    participants (list[ParticipantInput] | None): List of participants to add to the chat (creator is added
        automatically).
    """

    __slots__ = ("detail", "name", "participants", "type")
    _fields = (
        ("type", "type"),
        ("name", "name"),
        ("detail", "detail"),
        ("participants", "participants"),
    )
    _wire_names = frozenset(
        {
            "type",
            "name",
            "detail",
            "participants",
        }
    )

    type: TalkType
    name: str | None
    detail: str | None
    participants: list[ParticipantInput] | None

    def __init__(
        self,
        *,
        type: TalkType | None = None,
        name: str | None = None,
        detail: str | None = None,
        participants: list[ParticipantInput] | None = None,
    ) -> None:
        self._data = {}
        self.type = type  # type: ignore[assignment]
        self.name = name
        self.detail = detail
        self.participants = participants

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "PostServiceAgentsTalkChatsBody")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("type")
        if v is not None:
            m = TalkType._value2member_map_.get(v) if type(v) is str else None
            v = (
                open_enum(TalkType, v, "PostServiceAgentsTalkChatsBody", "type")
                if m is None
                else m
            )
        self.type = v
        v = get("name")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostServiceAgentsTalkChatsBody", "name", "str", v)
        self.name = v
        v = get("detail")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostServiceAgentsTalkChatsBody", "detail", "str", v)
        self.detail = v
        v = get("participants")
        if v is not None:
            v = model_list(
                ParticipantInput, v, "PostServiceAgentsTalkChatsBody", "participants"
            )
        self.participants = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.participant_input import ParticipantInput
from ..models.talk_type import TalkType
