from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.talk_manager_message_type import TalkManagerMessageType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.talk_manager_media import TalkManagerMedia


T = TypeVar("T", bound="PostServiceAgentsTalkMessagesBody")


@_attrs_define
class PostServiceAgentsTalkMessagesBody:
    """
    Attributes:
        chat_id (str): Talk chat ID.
        type_ (TalkManagerMessageType): Type of the message. Example: normal.
        text (str): Message text content.
        parent_id (str | Unset): Parent message ID for threading (optional).
        medias (list[TalkManagerMedia] | Unset): Media attachments (optional).
    """

    chat_id: str
    type_: TalkManagerMessageType
    text: str
    parent_id: str | Unset = UNSET
    medias: list[TalkManagerMedia] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chat_id = self.chat_id

        type_ = self.type_.value

        text = self.text

        parent_id = self.parent_id

        medias: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.medias, Unset):
            medias = []
            for medias_item_data in self.medias:
                medias_item = medias_item_data.to_dict()
                medias.append(medias_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chat_id": chat_id,
                "type": type_,
                "text": text,
            }
        )
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if medias is not UNSET:
            field_dict["medias"] = medias

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.talk_manager_media import TalkManagerMedia

        d = dict(src_dict)
        chat_id = d.pop("chat_id")

        type_ = TalkManagerMessageType(d.pop("type"))

        text = d.pop("text")

        parent_id = d.pop("parent_id", UNSET)

        _medias = d.pop("medias", UNSET)
        medias: list[TalkManagerMedia] | Unset = UNSET
        if _medias is not UNSET:
            medias = []
            for medias_item_data in _medias:
                medias_item = TalkManagerMedia.from_dict(medias_item_data)

                medias.append(medias_item)

        post_service_agents_talk_messages_body = cls(
            chat_id=chat_id,
            type_=type_,
            text=text,
            parent_id=parent_id,
            medias=medias,
        )

        post_service_agents_talk_messages_body.additional_properties = d
        return post_service_agents_talk_messages_body

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
