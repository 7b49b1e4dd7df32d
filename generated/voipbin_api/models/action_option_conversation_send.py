from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
)


class ActionOptionConversationSend(Model):
    """Attributes:
    conversation_id (str | None): The unique identifier of the conversation. Returned from the `GET
        /conversations` response.
    text (str | None): Message text.
    sync (bool | None): Whether to wait for delivery confirmation.
    """

    __slots__ = ("conversation_id", "sync", "text")
    _fields = (
        ("conversation_id", "conversation_id"),
        ("text", "text"),
        ("sync", "sync"),
    )
    _wire_names = frozenset(
        {
            "conversation_id",
            "text",
            "sync",
        }
    )

    conversation_id: str | None
    text: str | None
    sync: bool | None

    def __init__(
        self,
        *,
        conversation_id: str | None = None,
        text: str | None = None,
        sync: bool | None = None,
    ) -> None:
        self._data = {}
        self.conversation_id = conversation_id
        self.text = text
        self.sync = sync

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "ActionOptionConversationSend")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("conversation_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError(
                "ActionOptionConversationSend", "conversation_id", "str", v
            )
        self.conversation_id = v
        v = get("text")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ActionOptionConversationSend", "text", "str", v)
        self.text = v
        v = get("sync")
        if type(v) is not bool and v is not None:
            raise FieldError("ActionOptionConversationSend", "sync", "bool", v)
        self.sync = v
        return self
