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


class PostServiceAgentsTalkMessagesBody(Model):
    """Attributes:
    chat_id (str): Talk chat ID.
    type (TalkMessageType): Type of the message.
    text (str): Message text content.
    parent_id (str | None): Parent message ID for threading (optional).
    medias (list[TalkMedia] | None): Media attachments (optional).
    """

    __slots__ = ("chat_id", "medias", "parent_id", "text", "type")
    _fields = (
        ("chat_id", "chat_id"),
        ("type", "type"),
        ("text", "text"),
        ("parent_id", "parent_id"),
        ("medias", "medias"),
    )
    _wire_names = frozenset(
        {
            "chat_id",
            "type",
            "text",
            "parent_id",
            "medias",
        }
    )

    chat_id: str
    type: TalkMessageType
    text: str
    parent_id: str | None
    medias: list[TalkMedia] | None

    def __init__(
        self,
        *,
        chat_id: str | None = None,
        type: TalkMessageType | None = None,
        text: str | None = None,
        parent_id: str | None = None,
        medias: list[TalkMedia] | None = None,
    ) -> None:
        self._data = {}
        self.chat_id = chat_id  # type: ignore[assignment]
        self.type = type  # type: ignore[assignment]
        self.text = text  # type: ignore[assignment]
        self.parent_id = parent_id
        self.medias = medias

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "PostServiceAgentsTalkMessagesBody")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("chat_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostServiceAgentsTalkMessagesBody", "chat_id", "str", v)
        self.chat_id = v
        v = get("type")
        if v is not None:
            m = TalkMessageType._value2member_map_.get(v) if type(v) is str else None
            v = (
                open_enum(
                    TalkMessageType, v, "PostServiceAgentsTalkMessagesBody", "type"
                )
                if m is None
                else m
            )
        self.type = v
        v = get("text")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostServiceAgentsTalkMessagesBody", "text", "str", v)
        self.text = v
        v = get("parent_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostServiceAgentsTalkMessagesBody", "parent_id", "str", v)
        self.parent_id = v
        v = get("medias")
        if v is not None:
            v = model_list(TalkMedia, v, "PostServiceAgentsTalkMessagesBody", "medias")
        self.medias = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.talk_media import TalkMedia
from ..models.talk_message_type import TalkMessageType
