from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AIManagerTeamTransition")


@_attrs_define
class AIManagerTeamTransition:
    """A transition edge that triggers a switch from one member to another via LLM function calling.

    Attributes:
        function_name (str): The function name that the LLM calls to trigger this transition. Must not collide with
            reserved tool names. Example: transfer_to_specialist.
        description (str): Human-readable description of when this transition should be triggered. Used as the function
            description in LLM tool definitions. Example: Transfer to the specialist when the customer needs technical help.
        next_member_id (UUID): The member ID to transition to. Must reference an existing member in the team. Example:
            bbbbbbbb-bbbb-bbbb-bbbb-bbbbbbbbbbbb.
    """

    function_name: str
    description: str
    next_member_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        function_name = self.function_name

        description = self.description

        next_member_id = str(self.next_member_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "function_name": function_name,
                "description": description,
                "next_member_id": next_member_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        function_name = d.pop("function_name")

        description = d.pop("description")

        next_member_id = UUID(d.pop("next_member_id"))

        ai_manager_team_transition = cls(
            function_name=function_name,
            description=description,
            next_member_id=next_member_id,
        )

        ai_manager_team_transition.additional_properties = d
        return ai_manager_team_transition

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
