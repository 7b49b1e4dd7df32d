from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.ai_manager_team_member import AIManagerTeamMember
    from ..models.ai_manager_team_parameter import AIManagerTeamParameter


T = TypeVar("T", bound="AIManagerTeam")


@_attrs_define
class AIManagerTeam:
    """
    Attributes:
        id (UUID): The unique identifier of the team. Example: 550e8400-e29b-41d4-a716-446655440000.
        customer_id (UUID): The unique identifier of the associated customer. Returned from the `GET /customers`
            response. Example: 7c4d2f3a-1b8e-4f5c-9a6d-3e2f1a0b4c5d.
        name (str): Name of the team. Example: Customer Support Team.
        detail (str): Detailed description of the team. Example: Multi-agent team for handling customer inquiries.
        start_member_id (UUID): The member ID that starts the conversation. Must reference one of the members in the
            members array. Example: aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa.
        members (list[AIManagerTeamMember]): List of team members forming the graph nodes.
        parameter (AIManagerTeamParameter | Unset): Custom key-value parameter data for the team. Supports flow variable
            substitution at runtime. Example: {'language': 'en-US', 'department': 'support'}.
        direct_hash (str | Unset): The direct hash for direct access via SIP URI sip:<direct_hash>@sip.voipbin.net (the
            "direct." prefix is already included in the value, e.g. "direct.a1b2c3d4e5f6"). Returned from the resource's
            `direct_hash` field. Example: direct.a1b2c3d4e5f6.
        tm_create (datetime.datetime | None | Unset): Timestamp when the team was created. Example:
            2026-01-15T09:30:00.000000Z.
        tm_update (datetime.datetime | None | Unset): Timestamp when the team was last updated. Example:
            2026-01-15T09:30:00.000000Z.
        tm_delete (datetime.datetime | None | Unset): Timestamp when the team was deleted. Example:
            2026-01-15T09:30:00.000000Z.
    """

    id: UUID
    customer_id: UUID
    name: str
    detail: str
    start_member_id: UUID
    members: list[AIManagerTeamMember]
    parameter: AIManagerTeamParameter | Unset = UNSET
    direct_hash: str | Unset = UNSET
    tm_create: datetime.datetime | None | Unset = UNSET
    tm_update: datetime.datetime | None | Unset = UNSET
    tm_delete: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        customer_id = str(self.customer_id)

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

        direct_hash = self.direct_hash

        tm_create: None | str | Unset
        if isinstance(self.tm_create, Unset):
            tm_create = UNSET
        elif isinstance(self.tm_create, datetime.datetime):
            tm_create = self.tm_create.isoformat()
        else:
            tm_create = self.tm_create

        tm_update: None | str | Unset
        if isinstance(self.tm_update, Unset):
            tm_update = UNSET
        elif isinstance(self.tm_update, datetime.datetime):
            tm_update = self.tm_update.isoformat()
        else:
            tm_update = self.tm_update

        tm_delete: None | str | Unset
        if isinstance(self.tm_delete, Unset):
            tm_delete = UNSET
        elif isinstance(self.tm_delete, datetime.datetime):
            tm_delete = self.tm_delete.isoformat()
        else:
            tm_delete = self.tm_delete

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "customer_id": customer_id,
                "name": name,
                "detail": detail,
                "start_member_id": start_member_id,
                "members": members,
            }
        )
        if parameter is not UNSET:
            field_dict["parameter"] = parameter
        if direct_hash is not UNSET:
            field_dict["direct_hash"] = direct_hash
        if tm_create is not UNSET:
            field_dict["tm_create"] = tm_create
        if tm_update is not UNSET:
            field_dict["tm_update"] = tm_update
        if tm_delete is not UNSET:
            field_dict["tm_delete"] = tm_delete

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ai_manager_team_member import AIManagerTeamMember
        from ..models.ai_manager_team_parameter import AIManagerTeamParameter

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        customer_id = UUID(d.pop("customer_id"))

        name = d.pop("name")

        detail = d.pop("detail")

        start_member_id = UUID(d.pop("start_member_id"))

        members = []
        _members = d.pop("members")
        for members_item_data in _members:
            members_item = AIManagerTeamMember.from_dict(members_item_data)

            members.append(members_item)

        _parameter = d.pop("parameter", UNSET)
        parameter: AIManagerTeamParameter | Unset
        if isinstance(_parameter, Unset):
            parameter = UNSET
        else:
            parameter = AIManagerTeamParameter.from_dict(_parameter)

        direct_hash = d.pop("direct_hash", UNSET)

        def _parse_tm_create(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"tm_create: unexpected {type(data).__name__}")
            tm_create_type_0 = parse_datetime(data)

            return tm_create_type_0

        tm_create = _parse_tm_create(d.pop("tm_create", UNSET))

        def _parse_tm_update(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"tm_update: unexpected {type(data).__name__}")
            tm_update_type_0 = parse_datetime(data)

            return tm_update_type_0

        tm_update = _parse_tm_update(d.pop("tm_update", UNSET))

        def _parse_tm_delete(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"tm_delete: unexpected {type(data).__name__}")
            tm_delete_type_0 = parse_datetime(data)

            return tm_delete_type_0

        tm_delete = _parse_tm_delete(d.pop("tm_delete", UNSET))

        ai_manager_team = cls(
            id=id,
            customer_id=customer_id,
            name=name,
            detail=detail,
            start_member_id=start_member_id,
            members=members,
            parameter=parameter,
            direct_hash=direct_hash,
            tm_create=tm_create,
            tm_update=tm_update,
            tm_delete=tm_delete,
        )

        ai_manager_team.additional_properties = d
        return ai_manager_team

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
