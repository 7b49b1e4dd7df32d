from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="TalkManagerParticipant")


@_attrs_define
class TalkManagerParticipant:
    """
    Attributes:
        id (UUID | Unset): The unique identifier of the participant. Example: 550e8400-e29b-41d4-a716-446655440000.
        customer_id (UUID | Unset): The unique identifier of the customer. Returned from the `GET /customers` response.
            Example: 7c4d2f3a-1b8e-4f5c-9a6d-3e2f1a0b4c5d.
        owner_type (str | Unset): Resource's owner type. Example: agent.
        owner_id (UUID | Unset): The unique identifier of the participant owner. Returned from the corresponding owner
            resource endpoint. Example: d4e5f6a7-b8c9-0d1e-2f3a-4b5c6d7e8f90.
        chat_id (UUID | Unset): The unique identifier of the talk this participant belongs to. Returned from the `GET
            /service_agents/talk_chats` response. Example: f6a7b8c9-d0e1-2f3a-4b5c-6d7e8f9a0b1c.
        tm_joined (datetime.datetime | None | Unset): Timestamp when the participant joined the talk. Example:
            2026-01-15T10:00:00.000000Z.
    """

    id: UUID | Unset = UNSET
    customer_id: UUID | Unset = UNSET
    owner_type: str | Unset = UNSET
    owner_id: UUID | Unset = UNSET
    chat_id: UUID | Unset = UNSET
    tm_joined: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        customer_id: str | Unset = UNSET
        if not isinstance(self.customer_id, Unset):
            customer_id = str(self.customer_id)

        owner_type = self.owner_type

        owner_id: str | Unset = UNSET
        if not isinstance(self.owner_id, Unset):
            owner_id = str(self.owner_id)

        chat_id: str | Unset = UNSET
        if not isinstance(self.chat_id, Unset):
            chat_id = str(self.chat_id)

        tm_joined: None | str | Unset
        if isinstance(self.tm_joined, Unset):
            tm_joined = UNSET
        elif isinstance(self.tm_joined, datetime.datetime):
            tm_joined = self.tm_joined.isoformat()
        else:
            tm_joined = self.tm_joined

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if owner_type is not UNSET:
            field_dict["owner_type"] = owner_type
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id
        if chat_id is not UNSET:
            field_dict["chat_id"] = chat_id
        if tm_joined is not UNSET:
            field_dict["tm_joined"] = tm_joined

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        _customer_id = d.pop("customer_id", UNSET)
        customer_id: UUID | Unset
        if isinstance(_customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = UUID(_customer_id)

        owner_type = d.pop("owner_type", UNSET)

        _owner_id = d.pop("owner_id", UNSET)
        owner_id: UUID | Unset
        if isinstance(_owner_id, Unset):
            owner_id = UNSET
        else:
            owner_id = UUID(_owner_id)

        _chat_id = d.pop("chat_id", UNSET)
        chat_id: UUID | Unset
        if isinstance(_chat_id, Unset):
            chat_id = UNSET
        else:
            chat_id = UUID(_chat_id)

        def _parse_tm_joined(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"tm_joined: unexpected {type(data).__name__}")
            tm_joined_type_0 = parse_datetime(data)

            return tm_joined_type_0

        tm_joined = _parse_tm_joined(d.pop("tm_joined", UNSET))

        talk_manager_participant = cls(
            id=id,
            customer_id=customer_id,
            owner_type=owner_type,
            owner_id=owner_id,
            chat_id=chat_id,
            tm_joined=tm_joined,
        )

        talk_manager_participant.additional_properties = d
        return talk_manager_participant

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
