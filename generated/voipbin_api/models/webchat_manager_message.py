from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webchat_manager_message_direction import WebchatManagerMessageDirection
from ..models.webchat_manager_message_status import WebchatManagerMessageStatus
from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="WebchatManagerMessage")


@_attrs_define
class WebchatManagerMessage:
    """A single chat message within a webchat session.

    Attributes:
        id (UUID): The unique identifier of the message. Returned from the `POST /messages` or `GET /messages` response.
            Example: 5e9c2f3a-1b8e-4f5c-9a6d-3e2f1a0b4c5d.
        customer_id (UUID): The unique identifier of the associated customer. Returned from the `GET /customers`
            response. Example: 7c4d2f3a-1b8e-4f5c-9a6d-3e2f1a0b4c5d.
        widget_id (UUID): The widget this message belongs to (denormalized from the session). Returned from the `POST
            /widgets` or `GET /widgets` response. Example: 550e8400-e29b-41d4-a716-446655440000.
        session_id (UUID): The session this message belongs to. Returned from the `POST /sessions` or `GET /sessions`
            response. Example: 7a1bcb1a-1b8e-4f5c-9a6d-3e2f1a0b4c5d.
        direction (WebchatManagerMessageDirection): The direction of the message. Example: inbound.
        status (WebchatManagerMessageStatus): The status of the message. Example: sent.
        text (str): The text content of the message. Example: Hi, I have a question about pricing.
        sender_id (UUID | Unset): The agent ID for an agent-typed outbound reply; empty for flow/AI-originated or
            inbound messages. Example: d4e5f6a7-b8c9-0d1e-2f3a-4b5c6d7e8f90.
        tm_create (datetime.datetime | None | Unset): Timestamp when the message was created. Example:
            2026-01-15T09:30:00.000000Z.
        tm_delete (datetime.datetime | None | Unset): Timestamp when the message was deleted. Example:
            2026-01-15T09:30:00.000000Z.
    """

    id: UUID
    customer_id: UUID
    widget_id: UUID
    session_id: UUID
    direction: WebchatManagerMessageDirection
    status: WebchatManagerMessageStatus
    text: str
    sender_id: UUID | Unset = UNSET
    tm_create: datetime.datetime | None | Unset = UNSET
    tm_delete: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        customer_id = str(self.customer_id)

        widget_id = str(self.widget_id)

        session_id = str(self.session_id)

        direction = self.direction.value

        status = self.status.value

        text = self.text

        sender_id: str | Unset = UNSET
        if not isinstance(self.sender_id, Unset):
            sender_id = str(self.sender_id)

        tm_create: None | str | Unset
        if isinstance(self.tm_create, Unset):
            tm_create = UNSET
        elif isinstance(self.tm_create, datetime.datetime):
            tm_create = self.tm_create.isoformat()
        else:
            tm_create = self.tm_create

        tm_delete: None | str | Unset
        if isinstance(self.tm_delete, Unset):
            tm_delete = UNSET
        elif isinstance(self.tm_delete, datetime.datetime):
            tm_delete = self.tm_delete.isoformat()
        else:
            tm_delete = self.tm_delete

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "customer_id": customer_id,
                "widget_id": widget_id,
                "session_id": session_id,
                "direction": direction,
                "status": status,
                "text": text,
            }
        )
        if sender_id is not UNSET:
            field_dict["sender_id"] = sender_id
        if tm_create is not UNSET:
            field_dict["tm_create"] = tm_create
        if tm_delete is not UNSET:
            field_dict["tm_delete"] = tm_delete

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        customer_id = UUID(d.pop("customer_id"))

        widget_id = UUID(d.pop("widget_id"))

        session_id = UUID(d.pop("session_id"))

        direction = WebchatManagerMessageDirection(d.pop("direction"))

        status = WebchatManagerMessageStatus(d.pop("status"))

        text = d.pop("text")

        _sender_id = d.pop("sender_id", UNSET)
        sender_id: UUID | Unset
        if isinstance(_sender_id, Unset):
            sender_id = UNSET
        else:
            sender_id = UUID(_sender_id)

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

        def _parse_tm_delete(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"tm_delete: unexpected {type(data).__name__}")
            tm_delete_type_0 = parse_datetime(data)

            return tm_delete_type_0

        tm_delete = _parse_tm_delete(d.pop("tm_delete", UNSET))

        webchat_manager_message = cls(
            id=id,
            customer_id=customer_id,
            widget_id=widget_id,
            session_id=session_id,
            direction=direction,
            status=status,
            text=text,
            sender_id=sender_id,
            tm_create=tm_create,
            tm_delete=tm_delete,
        )

        webchat_manager_message.additional_properties = d
        return webchat_manager_message

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
