from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PostServiceAgentsTalkChatsIdParticipantsBody")


@_attrs_define
class PostServiceAgentsTalkChatsIdParticipantsBody:
    """
    Attributes:
        owner_type (str): Type of the owner (agent, customer, etc.).
        owner_id (str): ID of the owner to add as participant.
    """

    owner_type: str
    owner_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        owner_type = self.owner_type

        owner_id = self.owner_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "owner_type": owner_type,
                "owner_id": owner_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        owner_type = d.pop("owner_type")

        owner_id = d.pop("owner_id")

        post_service_agents_talk_chats_id_participants_body = cls(
            owner_type=owner_type,
            owner_id=owner_id,
        )

        post_service_agents_talk_chats_id_participants_body.additional_properties = d
        return post_service_agents_talk_chats_id_participants_body

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
