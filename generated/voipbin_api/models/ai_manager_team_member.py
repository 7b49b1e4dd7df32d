from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ai_manager_team_transition import AIManagerTeamTransition


T = TypeVar("T", bound="AIManagerTeamMember")


@_attrs_define
class AIManagerTeamMember:
    """A member node in the team graph, backed by an existing AI configuration.

    Attributes:
        id (UUID): The unique identifier of this member within the team. Example: aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa.
        name (str): Display name for this member. Example: Greeter.
        ai_id (UUID): The AI configuration backing this member. Returned from the `POST /ais` or `GET /ais` response.
            Example: 550e8400-e29b-41d4-a716-446655440000.
        transitions (list[AIManagerTeamTransition] | Unset): List of transitions (edges) from this member to other
            members.
    """

    id: UUID
    name: str
    ai_id: UUID
    transitions: list[AIManagerTeamTransition] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        ai_id = str(self.ai_id)

        transitions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.transitions, Unset):
            transitions = []
            for transitions_item_data in self.transitions:
                transitions_item = transitions_item_data.to_dict()
                transitions.append(transitions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "ai_id": ai_id,
            }
        )
        if transitions is not UNSET:
            field_dict["transitions"] = transitions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ai_manager_team_transition import AIManagerTeamTransition

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

        ai_id = UUID(d.pop("ai_id"))

        _transitions = d.pop("transitions", UNSET)
        transitions: list[AIManagerTeamTransition] | Unset = UNSET
        if _transitions is not UNSET:
            transitions = []
            for transitions_item_data in _transitions:
                transitions_item = AIManagerTeamTransition.from_dict(
                    transitions_item_data
                )

                transitions.append(transitions_item)

        ai_manager_team_member = cls(
            id=id,
            name=name,
            ai_id=ai_id,
            transitions=transitions,
        )

        ai_manager_team_member.additional_properties = d
        return ai_manager_team_member

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
