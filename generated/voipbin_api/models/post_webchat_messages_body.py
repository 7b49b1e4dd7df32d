from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webchat_manager_message_direction import WebchatManagerMessageDirection

T = TypeVar("T", bound="PostWebchatMessagesBody")


@_attrs_define
class PostWebchatMessagesBody:
    """
    Attributes:
        session_id (UUID): The session to send the message on. Returned from the `POST /sessions` or `GET /sessions`
            response. Example: 7a1bcb1a-1b8e-4f5c-9a6d-3e2f1a0b4c5d.
        direction (WebchatManagerMessageDirection): The direction of the message. Example: inbound.
        text (str): The text content of the message. Example: Thanks for reaching out! How can we help?.
    """

    session_id: UUID
    direction: WebchatManagerMessageDirection
    text: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        session_id = str(self.session_id)

        direction = self.direction.value

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "session_id": session_id,
                "direction": direction,
                "text": text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        session_id = UUID(d.pop("session_id"))

        direction = WebchatManagerMessageDirection(d.pop("direction"))

        text = d.pop("text")

        post_webchat_messages_body = cls(
            session_id=session_id,
            direction=direction,
            text=text,
        )

        post_webchat_messages_body.additional_properties = d
        return post_webchat_messages_body

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
