from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ai_manager_message_direction import AIManagerMessageDirection
from ..models.ai_manager_message_role import AIManagerMessageRole
from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.ai_manager_message_tool_calls_item import (
        AIManagerMessageToolCallsItem,
    )


T = TypeVar("T", bound="AIManagerMessage")


@_attrs_define
class AIManagerMessage:
    """
    Attributes:
        id (UUID | Unset): The unique identifier of the message. Example: 550e8400-e29b-41d4-a716-446655440000.
        customer_id (UUID | Unset): The unique identifier of the associated customer. Returned from the `GET /customers`
            response. Example: 7c4d2f3a-1b8e-4f5c-9a6d-3e2f1a0b4c5d.
        aicall_id (UUID | Unset): The unique identifier of the associated AI call. Returned from the `GET /aicalls`
            response. Example: 550e8400-e29b-41d4-a716-446655440000.
        activeflow_id (UUID | Unset): The unique identifier of the activeflow. Returned from the `GET /activeflows`
            response. Example: 550e8400-e29b-41d4-a716-446655440000.
        active_ai_id (UUID | Unset): The unique identifier of the AI configuration that was active when this message was
            created. Returned from the `GET /ais` response. Example: a1b2c3d4-e5f6-7890-abcd-ef1234567890.
        role (AIManagerMessageRole | Unset): Role of the entity in the conversation. Example: assistant.
        content (str | Unset): Content of the message. Example: Hello, how can I help you today?.
        direction (AIManagerMessageDirection | Unset): Direction of the message. Example: incoming.
        tool_calls (list[AIManagerMessageToolCallsItem] | Unset): List of tool calls made during the message.
        tool_call_id (str | Unset): The tool call ID this message is responding to. Example: call_abc123.
        tm_create (datetime.datetime | None | Unset): Timestamp when the message was created. Example:
            2026-01-15T09:30:00.000000Z.
    """

    id: UUID | Unset = UNSET
    customer_id: UUID | Unset = UNSET
    aicall_id: UUID | Unset = UNSET
    activeflow_id: UUID | Unset = UNSET
    active_ai_id: UUID | Unset = UNSET
    role: AIManagerMessageRole | Unset = UNSET
    content: str | Unset = UNSET
    direction: AIManagerMessageDirection | Unset = UNSET
    tool_calls: list[AIManagerMessageToolCallsItem] | Unset = UNSET
    tool_call_id: str | Unset = UNSET
    tm_create: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        customer_id: str | Unset = UNSET
        if not isinstance(self.customer_id, Unset):
            customer_id = str(self.customer_id)

        aicall_id: str | Unset = UNSET
        if not isinstance(self.aicall_id, Unset):
            aicall_id = str(self.aicall_id)

        activeflow_id: str | Unset = UNSET
        if not isinstance(self.activeflow_id, Unset):
            activeflow_id = str(self.activeflow_id)

        active_ai_id: str | Unset = UNSET
        if not isinstance(self.active_ai_id, Unset):
            active_ai_id = str(self.active_ai_id)

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value

        content = self.content

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction.value

        tool_calls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tool_calls, Unset):
            tool_calls = []
            for tool_calls_item_data in self.tool_calls:
                tool_calls_item = tool_calls_item_data.to_dict()
                tool_calls.append(tool_calls_item)

        tool_call_id = self.tool_call_id

        tm_create: None | str | Unset
        if isinstance(self.tm_create, Unset):
            tm_create = UNSET
        elif isinstance(self.tm_create, datetime.datetime):
            tm_create = self.tm_create.isoformat()
        else:
            tm_create = self.tm_create

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if aicall_id is not UNSET:
            field_dict["aicall_id"] = aicall_id
        if activeflow_id is not UNSET:
            field_dict["activeflow_id"] = activeflow_id
        if active_ai_id is not UNSET:
            field_dict["active_ai_id"] = active_ai_id
        if role is not UNSET:
            field_dict["role"] = role
        if content is not UNSET:
            field_dict["content"] = content
        if direction is not UNSET:
            field_dict["direction"] = direction
        if tool_calls is not UNSET:
            field_dict["tool_calls"] = tool_calls
        if tool_call_id is not UNSET:
            field_dict["tool_call_id"] = tool_call_id
        if tm_create is not UNSET:
            field_dict["tm_create"] = tm_create

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ai_manager_message_tool_calls_item import (
            AIManagerMessageToolCallsItem,
        )

        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        _customer_id = d.pop("customer_id", UNSET)
        customer_id: UUID | Unset
        if isinstance(_customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = UUID(_customer_id)

        _aicall_id = d.pop("aicall_id", UNSET)
        aicall_id: UUID | Unset
        if isinstance(_aicall_id, Unset):
            aicall_id = UNSET
        else:
            aicall_id = UUID(_aicall_id)

        _activeflow_id = d.pop("activeflow_id", UNSET)
        activeflow_id: UUID | Unset
        if isinstance(_activeflow_id, Unset):
            activeflow_id = UNSET
        else:
            activeflow_id = UUID(_activeflow_id)

        _active_ai_id = d.pop("active_ai_id", UNSET)
        active_ai_id: UUID | Unset
        if isinstance(_active_ai_id, Unset):
            active_ai_id = UNSET
        else:
            active_ai_id = UUID(_active_ai_id)

        _role = d.pop("role", UNSET)
        role: AIManagerMessageRole | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = AIManagerMessageRole(_role)

        content = d.pop("content", UNSET)

        _direction = d.pop("direction", UNSET)
        direction: AIManagerMessageDirection | Unset
        if isinstance(_direction, Unset):
            direction = UNSET
        else:
            direction = AIManagerMessageDirection(_direction)

        _tool_calls = d.pop("tool_calls", UNSET)
        tool_calls: list[AIManagerMessageToolCallsItem] | Unset = UNSET
        if _tool_calls is not UNSET:
            tool_calls = []
            for tool_calls_item_data in _tool_calls:
                tool_calls_item = AIManagerMessageToolCallsItem.from_dict(
                    tool_calls_item_data
                )

                tool_calls.append(tool_calls_item)

        tool_call_id = d.pop("tool_call_id", UNSET)

        def _parse_tm_create(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"tm_create: unexpected {type(data).__name__}")
            tm_create_type_0 = parse_datetime(data)

            return tm_create_type_0

        tm_create = _parse_tm_create(d.pop("tm_create", UNSET))

        ai_manager_message = cls(
            id=id,
            customer_id=customer_id,
            aicall_id=aicall_id,
            activeflow_id=activeflow_id,
            active_ai_id=active_ai_id,
            role=role,
            content=content,
            direction=direction,
            tool_calls=tool_calls,
            tool_call_id=tool_call_id,
            tm_create=tm_create,
        )

        ai_manager_message.additional_properties = d
        return ai_manager_message

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
