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


class PostWebchatMessagesBody(Model):
    """Attributes:
    session_id (str): The session to send the message on. Returned from the `POST /sessions` or `GET /sessions`
        response.
    direction (WebchatMessageDirection): The direction of the message.
    text (str): The text content of the message.
    """

    __slots__ = ("direction", "session_id", "text")
    _fields = (
        ("session_id", "session_id"),
        ("direction", "direction"),
        ("text", "text"),
    )
    _wire_names = frozenset(
        {
            "session_id",
            "direction",
            "text",
        }
    )

    session_id: str
    direction: WebchatMessageDirection
    text: str

    def __init__(
        self,
        *,
        session_id: str | None = None,
        direction: WebchatMessageDirection | None = None,
        text: str | None = None,
    ) -> None:
        self._data = {}
        self.session_id = session_id  # type: ignore[assignment]
        self.direction = direction  # type: ignore[assignment]
        self.text = text  # type: ignore[assignment]

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "PostWebchatMessagesBody")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("session_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostWebchatMessagesBody", "session_id", "str", v)
        self.session_id = v
        v = get("direction")
        if v is not None:
            m = (
                WebchatMessageDirection._value2member_map_.get(v)
                if type(v) is str
                else None
            )
            v = (
                open_enum(
                    WebchatMessageDirection, v, "PostWebchatMessagesBody", "direction"
                )
                if m is None
                else m
            )
        self.direction = v
        v = get("text")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostWebchatMessagesBody", "text", "str", v)
        self.text = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.webchat_message_direction import WebchatMessageDirection
