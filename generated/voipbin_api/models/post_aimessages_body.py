from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ai_manager_message_role import AIManagerMessageRole

T = TypeVar("T", bound="PostAimessagesBody")


@_attrs_define
class PostAimessagesBody:
    """
    Attributes:
        aicall_id (str):
        role (AIManagerMessageRole): Role of the entity in the conversation. Example: assistant.
        content (str):
    """

    aicall_id: str
    role: AIManagerMessageRole
    content: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        aicall_id = self.aicall_id

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
        aicall_id = d.pop("aicall_id")

        role = AIManagerMessageRole(d.pop("role"))

        content = d.pop("content")

        post_aimessages_body = cls(
            aicall_id=aicall_id,
            role=role,
            content=content,
        )

        post_aimessages_body.additional_properties = d
        return post_aimessages_body

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
