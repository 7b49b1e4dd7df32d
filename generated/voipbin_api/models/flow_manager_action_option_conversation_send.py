from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FlowManagerActionOptionConversationSend")


@_attrs_define
class FlowManagerActionOptionConversationSend:
    """
    Attributes:
        conversation_id (UUID | Unset): The unique identifier of the conversation. Returned from the `GET
            /conversations` response. Example: 550e8400-e29b-41d4-a716-446655440000.
        text (str | Unset): Message text. Example: Your verification code is 1234..
        sync (bool | Unset): Whether to wait for delivery confirmation. Example: False.
    """

    conversation_id: UUID | Unset = UNSET
    text: str | Unset = UNSET
    sync: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conversation_id: str | Unset = UNSET
        if not isinstance(self.conversation_id, Unset):
            conversation_id = str(self.conversation_id)

        text = self.text

        sync = self.sync

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if conversation_id is not UNSET:
            field_dict["conversation_id"] = conversation_id
        if text is not UNSET:
            field_dict["text"] = text
        if sync is not UNSET:
            field_dict["sync"] = sync

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _conversation_id = d.pop("conversation_id", UNSET)
        conversation_id: UUID | Unset
        if isinstance(_conversation_id, Unset):
            conversation_id = UNSET
        else:
            conversation_id = UUID(_conversation_id)

        text = d.pop("text", UNSET)

        sync = d.pop("sync", UNSET)

        flow_manager_action_option_conversation_send = cls(
            conversation_id=conversation_id,
            text=text,
            sync=sync,
        )

        flow_manager_action_option_conversation_send.additional_properties = d
        return flow_manager_action_option_conversation_send

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
