from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    model_list,
    new_model,
)


class PostServiceAgentsConversationsIdMessagesBody(Model):
    """Attributes:
    text (str): The text content of the message.
    medias (list[ConversationMedia]):
    """

    __slots__ = ("medias", "text")
    _fields = (
        ("text", "text"),
        ("medias", "medias"),
    )
    _wire_names = frozenset(
        {
            "text",
            "medias",
        }
    )

    text: str
    medias: list[ConversationMedia]

    def __init__(
        self,
        *,
        text: str | None = None,
        medias: list[ConversationMedia] | None = None,
    ) -> None:
        self._data = {}
        self.text = text  # type: ignore[assignment]
        self.medias = medias  # type: ignore[assignment]

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "PostServiceAgentsConversationsIdMessagesBody")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("text")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError(
                "PostServiceAgentsConversationsIdMessagesBody", "text", "str", v
            )
        self.text = v
        v = get("medias")
        if v is not None:
            v = model_list(
                ConversationMedia,
                v,
                "PostServiceAgentsConversationsIdMessagesBody",
                "medias",
            )
        self.medias = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.conversation_media import ConversationMedia
