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


class PostAimessagesBody(Model):
    """Attributes:
    aicall_id (str):
    role (MessageRole): Role of the entity in the conversation.
    content (str):
    """

    __slots__ = ("aicall_id", "content", "role")
    _fields = (
        ("aicall_id", "aicall_id"),
        ("role", "role"),
        ("content", "content"),
    )
    _wire_names = frozenset(
        {
            "aicall_id",
            "role",
            "content",
        }
    )

    aicall_id: str
    role: MessageRole
    content: str

    def __init__(
        self,
        *,
        aicall_id: str | None = None,
        role: MessageRole | None = None,
        content: str | None = None,
    ) -> None:
        self._data = {}
        self.aicall_id = aicall_id  # type: ignore[assignment]
        self.role = role  # type: ignore[assignment]
        self.content = content  # type: ignore[assignment]

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "PostAimessagesBody")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("aicall_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostAimessagesBody", "aicall_id", "str", v)
        self.aicall_id = v
        v = get("role")
        if v is not None:
            m = MessageRole._value2member_map_.get(v) if type(v) is str else None
            v = (
                open_enum(MessageRole, v, "PostAimessagesBody", "role")
                if m is None
                else m
            )
        self.role = v
        v = get("content")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostAimessagesBody", "content", "str", v)
        self.content = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.message_role import MessageRole
