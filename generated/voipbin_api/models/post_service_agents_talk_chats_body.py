from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.talk_manager_talk_type import TalkManagerTalkType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.talk_manager_participant_input import TalkManagerParticipantInput


T = TypeVar("T", bound="PostServiceAgentsTalkChatsBody")


@_attrs_define
class PostServiceAgentsTalkChatsBody:
    """
    Attributes:
        type_ (TalkManagerTalkType): Type of the talk. Example: direct.
        name (str | Unset): Talk name (optional).
        detail (str | Unset): Talk description/detail (optional).
        participants (list[TalkManagerParticipantInput] | Unset): List of participants to add to the chat (creator is
            added automatically).
    """

    type_: TalkManagerTalkType
    name: str | Unset = UNSET
    detail: str | Unset = UNSET
    participants: list[TalkManagerParticipantInput] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        name = self.name

        detail = self.detail

        participants: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.participants, Unset):
            participants = []
            for participants_item_data in self.participants:
                participants_item = participants_item_data.to_dict()
                participants.append(participants_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if detail is not UNSET:
            field_dict["detail"] = detail
        if participants is not UNSET:
            field_dict["participants"] = participants

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.talk_manager_participant_input import TalkManagerParticipantInput

        d = dict(src_dict)
        type_ = TalkManagerTalkType(d.pop("type"))

        name = d.pop("name", UNSET)

        detail = d.pop("detail", UNSET)

        _participants = d.pop("participants", UNSET)
        participants: list[TalkManagerParticipantInput] | Unset = UNSET
        if _participants is not UNSET:
            participants = []
            for participants_item_data in _participants:
                participants_item = TalkManagerParticipantInput.from_dict(
                    participants_item_data
                )

                participants.append(participants_item)

        post_service_agents_talk_chats_body = cls(
            type_=type_,
            name=name,
            detail=detail,
            participants=participants,
        )

        post_service_agents_talk_chats_body.additional_properties = d
        return post_service_agents_talk_chats_body

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
