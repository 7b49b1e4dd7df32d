from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ai_manager_a_icall_assistance_type import AIManagerAIcallAssistanceType
from ..types import UNSET, Unset

T = TypeVar("T", bound="FlowManagerActionOptionAITalk")


@_attrs_define
class FlowManagerActionOptionAITalk:
    """
    Attributes:
        ai_id (UUID | Unset): Deprecated: use assistance_type+assistance_id. The unique identifier of the AI
            configuration to use. Example: 6f7a8b9c-0d1e-2345-f012-345678901234.
        assistance_type (AIManagerAIcallAssistanceType | Unset): Type of assistance entity associated with the AI call.
            Example: ai.
        assistance_id (UUID | Unset): The unique identifier of the assistance entity (AI or Team). Example:
            6f7a8b9c-0d1e-2345-f012-345678901234.
        duration (int | Unset): Maximum duration of the AI talk session in seconds. Example: 300.
    """

    ai_id: UUID | Unset = UNSET
    assistance_type: AIManagerAIcallAssistanceType | Unset = UNSET
    assistance_id: UUID | Unset = UNSET
    duration: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ai_id: str | Unset = UNSET
        if not isinstance(self.ai_id, Unset):
            ai_id = str(self.ai_id)

        assistance_type: str | Unset = UNSET
        if not isinstance(self.assistance_type, Unset):
            assistance_type = self.assistance_type.value

        assistance_id: str | Unset = UNSET
        if not isinstance(self.assistance_id, Unset):
            assistance_id = str(self.assistance_id)

        duration = self.duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ai_id is not UNSET:
            field_dict["ai_id"] = ai_id
        if assistance_type is not UNSET:
            field_dict["assistance_type"] = assistance_type
        if assistance_id is not UNSET:
            field_dict["assistance_id"] = assistance_id
        if duration is not UNSET:
            field_dict["duration"] = duration

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _ai_id = d.pop("ai_id", UNSET)
        ai_id: UUID | Unset
        if isinstance(_ai_id, Unset):
            ai_id = UNSET
        else:
            ai_id = UUID(_ai_id)

        _assistance_type = d.pop("assistance_type", UNSET)
        assistance_type: AIManagerAIcallAssistanceType | Unset
        if isinstance(_assistance_type, Unset):
            assistance_type = UNSET
        else:
            assistance_type = AIManagerAIcallAssistanceType(_assistance_type)

        _assistance_id = d.pop("assistance_id", UNSET)
        assistance_id: UUID | Unset
        if isinstance(_assistance_id, Unset):
            assistance_id = UNSET
        else:
            assistance_id = UUID(_assistance_id)

        duration = d.pop("duration", UNSET)

        flow_manager_action_option_ai_talk = cls(
            ai_id=ai_id,
            assistance_type=assistance_type,
            assistance_id=assistance_id,
            duration=duration,
        )

        flow_manager_action_option_ai_talk.additional_properties = d
        return flow_manager_action_option_ai_talk

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
