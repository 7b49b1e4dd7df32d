from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.conversation_manager_media import ConversationManagerMedia


T = TypeVar("T", bound="PostServiceAgentsConversationsIdMessagesBody")


@_attrs_define
class PostServiceAgentsConversationsIdMessagesBody:
    """
    Attributes:
        text (str): The text content of the message.
        medias (list[ConversationManagerMedia]):
    """

    text: str
    medias: list[ConversationManagerMedia]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        medias = []
        for medias_item_data in self.medias:
            medias_item = medias_item_data.to_dict()
            medias.append(medias_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
                "medias": medias,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.conversation_manager_media import ConversationManagerMedia

        d = dict(src_dict)
        text = d.pop("text")

        medias = []
        _medias = d.pop("medias")
        for medias_item_data in _medias:
            medias_item = ConversationManagerMedia.from_dict(medias_item_data)

            medias.append(medias_item)

        post_service_agents_conversations_id_messages_body = cls(
            text=text,
            medias=medias,
        )

        post_service_agents_conversations_id_messages_body.additional_properties = d
        return post_service_agents_conversations_id_messages_body

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
