from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    UTC,
    FieldError,
    Model,
    as_object,
    fromisoformat,
    in_utc,
    new_model,
    open_enum,
    timestamp,
)


class WebchatMessage(Model):
    """A single chat message within a webchat session.

    Attributes:
        id (str): The unique identifier of the message. Returned from the `POST /messages` or `GET /messages`
            response.
        customer_id (str): The unique identifier of the associated customer. Returned from the `GET /customers`
            response.
        widget_id (str): The widget this message belongs to (denormalized from the session). Returned from the `POST
            /widgets` or `GET /widgets` response.
        session_id (str): The session this message belongs to. Returned from the `POST /sessions` or `GET /sessions`
            response.
        direction (WebchatMessageDirection): The direction of the message.
        status (WebchatMessageStatus): The status of the message.
        sender_id (str): The agent ID for an agent-typed outbound reply; empty for flow/AI-originated or inbound
            messages.
        text (str): The text content of the message.
        tm_create (datetime.datetime | None): Timestamp when the message was created.
        tm_delete (datetime.datetime | None): Timestamp when the message was deleted.
    """

    __slots__ = (
        "customer_id",
        "direction",
        "id",
        "sender_id",
        "session_id",
        "status",
        "text",
        "tm_create",
        "tm_delete",
        "widget_id",
    )
    _fields = (
        ("id", "id"),
        ("customer_id", "customer_id"),
        ("widget_id", "widget_id"),
        ("session_id", "session_id"),
        ("direction", "direction"),
        ("status", "status"),
        ("sender_id", "sender_id"),
        ("text", "text"),
        ("tm_create", "tm_create"),
        ("tm_delete", "tm_delete"),
    )
    _wire_names = frozenset(
        {
            "id",
            "customer_id",
            "widget_id",
            "session_id",
            "direction",
            "status",
            "sender_id",
            "text",
            "tm_create",
            "tm_delete",
        }
    )

    id: str
    customer_id: str
    widget_id: str
    session_id: str
    direction: WebchatMessageDirection
    status: WebchatMessageStatus
    sender_id: str
    text: str
    tm_create: datetime.datetime | None
    tm_delete: datetime.datetime | None

    def __init__(
        self,
        *,
        id: str | None = None,
        customer_id: str | None = None,
        widget_id: str | None = None,
        session_id: str | None = None,
        direction: WebchatMessageDirection | None = None,
        status: WebchatMessageStatus | None = None,
        sender_id: str | None = None,
        text: str | None = None,
        tm_create: datetime.datetime | None = None,
        tm_delete: datetime.datetime | None = None,
    ) -> None:
        self._data = {}
        self.id = id  # type: ignore[assignment]
        self.customer_id = customer_id  # type: ignore[assignment]
        self.widget_id = widget_id  # type: ignore[assignment]
        self.session_id = session_id  # type: ignore[assignment]
        self.direction = direction  # type: ignore[assignment]
        self.status = status  # type: ignore[assignment]
        self.sender_id = sender_id  # type: ignore[assignment]
        self.text = text  # type: ignore[assignment]
        self.tm_create = tm_create
        self.tm_delete = tm_delete

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "WebchatMessage")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("WebchatMessage", "id", "str", v)
        self.id = v
        v = get("customer_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("WebchatMessage", "customer_id", "str", v)
        self.customer_id = v
        v = get("widget_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("WebchatMessage", "widget_id", "str", v)
        self.widget_id = v
        v = get("session_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("WebchatMessage", "session_id", "str", v)
        self.session_id = v
        v = get("direction")
        if v is not None:
            m = (
                WebchatMessageDirection._value2member_map_.get(v)
                if type(v) is str
                else None
            )
            v = (
                open_enum(WebchatMessageDirection, v, "WebchatMessage", "direction")
                if m is None
                else m
            )
        self.direction = v
        v = get("status")
        if v is not None:
            m = (
                WebchatMessageStatus._value2member_map_.get(v)
                if type(v) is str
                else None
            )
            v = (
                open_enum(WebchatMessageStatus, v, "WebchatMessage", "status")
                if m is None
                else m
            )
        self.status = v
        v = get("sender_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("WebchatMessage", "sender_id", "str", v)
        self.sender_id = v
        v = get("text")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("WebchatMessage", "text", "str", v)
        self.text = v
        v = get("tm_create")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "WebchatMessage", "tm_create")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_create = v
        v = get("tm_delete")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "WebchatMessage", "tm_delete")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_delete = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.webchat_message_direction import WebchatMessageDirection
from ..models.webchat_message_status import WebchatMessageStatus
