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
    model_list,
    new_model,
    open_enum,
    timestamp,
)


class AIMessage(Model):
    """Attributes:
    id (str): The unique identifier of the message.
    customer_id (str): The unique identifier of the associated customer. Returned from the `GET /customers`
        response.
    aicall_id (str): The unique identifier of the associated AI call. Returned from the `GET /aicalls` response.
    activeflow_id (str): The unique identifier of the activeflow. Returned from the `GET /activeflows` response.
    active_ai_id (str): The unique identifier of the AI configuration that was active when this message was
        created. Returned from the `GET /ais` response.
    role (MessageRole): Role of the entity in the conversation.
    content (str): Content of the message.
    direction (AIMessageDirection): Direction of the message.
    tm_create (datetime.datetime | None): Timestamp when the message was created.
    tool_calls (list[MessageToolCallsItem] | None): List of tool calls made during the message.
    tool_call_id (str | None): The tool call ID this message is responding to.
    """

    __slots__ = (
        "active_ai_id",
        "activeflow_id",
        "aicall_id",
        "content",
        "customer_id",
        "direction",
        "id",
        "role",
        "tm_create",
        "tool_call_id",
        "tool_calls",
    )
    _fields = (
        ("id", "id"),
        ("customer_id", "customer_id"),
        ("aicall_id", "aicall_id"),
        ("activeflow_id", "activeflow_id"),
        ("active_ai_id", "active_ai_id"),
        ("role", "role"),
        ("content", "content"),
        ("direction", "direction"),
        ("tm_create", "tm_create"),
        ("tool_calls", "tool_calls"),
        ("tool_call_id", "tool_call_id"),
    )
    _wire_names = frozenset(
        {
            "id",
            "customer_id",
            "aicall_id",
            "activeflow_id",
            "active_ai_id",
            "role",
            "content",
            "direction",
            "tm_create",
            "tool_calls",
            "tool_call_id",
        }
    )

    id: str
    customer_id: str
    aicall_id: str
    activeflow_id: str
    active_ai_id: str
    role: MessageRole
    content: str
    direction: AIMessageDirection
    tm_create: datetime.datetime | None
    tool_calls: list[MessageToolCallsItem] | None
    tool_call_id: str | None

    def __init__(
        self,
        *,
        id: str | None = None,
        customer_id: str | None = None,
        aicall_id: str | None = None,
        activeflow_id: str | None = None,
        active_ai_id: str | None = None,
        role: MessageRole | None = None,
        content: str | None = None,
        direction: AIMessageDirection | None = None,
        tm_create: datetime.datetime | None = None,
        tool_calls: list[MessageToolCallsItem] | None = None,
        tool_call_id: str | None = None,
    ) -> None:
        self._data = {}
        self.id = id  # type: ignore[assignment]
        self.customer_id = customer_id  # type: ignore[assignment]
        self.aicall_id = aicall_id  # type: ignore[assignment]
        self.activeflow_id = activeflow_id  # type: ignore[assignment]
        self.active_ai_id = active_ai_id  # type: ignore[assignment]
        self.role = role  # type: ignore[assignment]
        self.content = content  # type: ignore[assignment]
        self.direction = direction  # type: ignore[assignment]
        self.tm_create = tm_create
        self.tool_calls = tool_calls
        self.tool_call_id = tool_call_id

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = src_dict if type(src_dict) is dict else as_object(src_dict, "AIMessage")
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("AIMessage", "id", "str", v)
        self.id = v
        v = get("customer_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("AIMessage", "customer_id", "str", v)
        self.customer_id = v
        v = get("aicall_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("AIMessage", "aicall_id", "str", v)
        self.aicall_id = v
        v = get("activeflow_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("AIMessage", "activeflow_id", "str", v)
        self.activeflow_id = v
        v = get("active_ai_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("AIMessage", "active_ai_id", "str", v)
        self.active_ai_id = v
        v = get("role")
        if v is not None:
            m = MessageRole._value2member_map_.get(v) if type(v) is str else None
            v = open_enum(MessageRole, v, "AIMessage", "role") if m is None else m
        self.role = v
        v = get("content")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("AIMessage", "content", "str", v)
        self.content = v
        v = get("direction")
        if v is not None:
            m = AIMessageDirection._value2member_map_.get(v) if type(v) is str else None
            v = (
                open_enum(AIMessageDirection, v, "AIMessage", "direction")
                if m is None
                else m
            )
        self.direction = v
        v = get("tm_create")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "AIMessage", "tm_create")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_create = v
        v = get("tool_calls")
        if v is not None:
            v = model_list(MessageToolCallsItem, v, "AIMessage", "tool_calls")
        self.tool_calls = v
        v = get("tool_call_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("AIMessage", "tool_call_id", "str", v)
        self.tool_call_id = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.ai_message_direction import AIMessageDirection
from ..models.message_role import MessageRole
from ..models.message_tool_calls_item import MessageToolCallsItem
