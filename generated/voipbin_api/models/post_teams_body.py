from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ai_manager_team_member import AIManagerTeamMember
    from ..models.post_teams_body_parameter import PostTeamsBodyParameter


T = TypeVar("T", bound="PostTeamsBody")


@_attrs_define
class PostTeamsBody:
    """
    Attributes:
        name (str): Name of the team. Example: Customer Support Team.
        detail (str): Detailed description of the team. Example: Multi-agent team for handling customer inquiries.
        start_member_id (UUID): The member ID that starts the conversation. Must reference one of the members in the
            members array. Example: aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa.
        members (list[AIManagerTeamMember]): List of team members forming the graph nodes. Must contain at least one
            member.
        parameter (PostTeamsBodyParameter | Unset): Custom key-value parameter data for the team. Supports flow variable
            substitution at runtime. Example: {'language': 'en-US', 'department': 'support'}.
    """

    name: str
    detail: str
    start_member_id: UUID
    members: list[AIManagerTeamMember]
    parameter: PostTeamsBodyParameter | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        detail = self.detail

        start_member_id = str(self.start_member_id)

        members = []
        for members_item_data in self.members:
            members_item = members_item_data.to_dict()
            members.append(members_item)

        parameter: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameter, Unset):
            parameter = self.parameter.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "detail": detail,
                "start_member_id": start_member_id,
                "members": members,
            }
        )
        if parameter is not UNSET:
            field_dict["parameter"] = parameter

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ai_manager_team_member import AIManagerTeamMember
        from ..models.post_teams_body_parameter import PostTeamsBodyParameter

        d = dict(src_dict)
        name = d.pop("name")

        detail = d.pop("detail")

        start_member_id = UUID(d.pop("start_member_id"))

        members = []
        _members = d.pop("members")
        for members_item_data in _members:
            members_item = AIManagerTeamMember.from_dict(members_item_data)

            members.append(members_item)

        _parameter = d.pop("parameter", UNSET)
        parameter: PostTeamsBodyParameter | Unset
        if isinstance(_parameter, Unset):
            parameter = UNSET
        else:
            parameter = PostTeamsBodyParameter.from_dict(_parameter)

        post_teams_body = cls(
            name=name,
            detail=detail,
            start_member_id=start_member_id,
            members=members,
            parameter=parameter,
        )

        post_teams_body.additional_properties = d
        return post_teams_body

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
