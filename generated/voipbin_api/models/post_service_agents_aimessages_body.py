from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ai_manager_message_role import AIManagerMessageRole

T = TypeVar("T", bound="PostServiceAgentsAimessagesBody")


@_attrs_define
class PostServiceAgentsAimessagesBody:
    """
    Attributes:
        aicall_id (UUID): The ID of the aicall to send the message to. Returned from the `POST /service_agents/aicalls`
            or `GET /service_agents/aicalls` response. Example: 5e4a0680-804e-11ec-8477-2fea5968d85b.
        role (AIManagerMessageRole): Role of the entity in the conversation. Example: assistant.
        content (str): The message content. Example: Hello, how can I help you today?.
    """

    aicall_id: UUID
    role: AIManagerMessageRole
    content: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        aicall_id = str(self.aicall_id)

        role = self.role.value

        content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "aicall_id": aicall_id,
                "role": role,
                "content": content,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        aicall_id = UUID(d.pop("aicall_id"))

        role = AIManagerMessageRole(d.pop("role"))

        content = d.pop("content")

        post_service_agents_aimessages_body = cls(
            aicall_id=aicall_id,
            role=role,
            content=content,
        )

        post_service_agents_aimessages_body.additional_properties = d
        return post_service_agents_aimessages_body

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
