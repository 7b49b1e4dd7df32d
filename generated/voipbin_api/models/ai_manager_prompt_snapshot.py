from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AIManagerPromptSnapshot")


@_attrs_define
class AIManagerPromptSnapshot:
    """
    Attributes:
        ai_id (UUID | Unset): The ID of the AI this snapshot belongs to. Example: a1b2c3d4-e5f6-7890-abcd-ef1234567890.
        prompt_history_id (UUID | Unset): UUID of the prompt history entry. Zero UUID means no history entry exists yet.
            Example: 00000000-0000-0000-0000-000000000000.
        prompt (str | Unset): Variable-substituted init_prompt as sent to the LLM. Example: You are a helpful customer
            support assistant..
        member_id (UUID | Unset): Zero UUID for single-AI calls; team member UUID for team calls. Example:
            00000000-0000-0000-0000-000000000000.
    """

    ai_id: UUID | Unset = UNSET
    prompt_history_id: UUID | Unset = UNSET
    prompt: str | Unset = UNSET
    member_id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ai_id: str | Unset = UNSET
        if not isinstance(self.ai_id, Unset):
            ai_id = str(self.ai_id)

        prompt_history_id: str | Unset = UNSET
        if not isinstance(self.prompt_history_id, Unset):
            prompt_history_id = str(self.prompt_history_id)

        prompt = self.prompt

        member_id: str | Unset = UNSET
        if not isinstance(self.member_id, Unset):
            member_id = str(self.member_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ai_id is not UNSET:
            field_dict["ai_id"] = ai_id
        if prompt_history_id is not UNSET:
            field_dict["prompt_history_id"] = prompt_history_id
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if member_id is not UNSET:
            field_dict["member_id"] = member_id

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

        _prompt_history_id = d.pop("prompt_history_id", UNSET)
        prompt_history_id: UUID | Unset
        if isinstance(_prompt_history_id, Unset):
            prompt_history_id = UNSET
        else:
            prompt_history_id = UUID(_prompt_history_id)

        prompt = d.pop("prompt", UNSET)

        _member_id = d.pop("member_id", UNSET)
        member_id: UUID | Unset
        if isinstance(_member_id, Unset):
            member_id = UNSET
        else:
            member_id = UUID(_member_id)

        ai_manager_prompt_snapshot = cls(
            ai_id=ai_id,
            prompt_history_id=prompt_history_id,
            prompt=prompt,
            member_id=member_id,
        )

        ai_manager_prompt_snapshot.additional_properties = d
        return ai_manager_prompt_snapshot

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
