from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="AIManagerParticipant")


@_attrs_define
class AIManagerParticipant:
    """
    Attributes:
        ai_id (UUID | Unset): The unique identifier of the AI agent. Returned from the `GET /ais` response. Example:
            22222222-2222-2222-2222-222222222222.
        aicall_id (UUID | Unset): The unique identifier of the AI call. Returned from the `GET /aicalls` response.
            Example: 11111111-1111-1111-1111-111111111111.
        tm_create (datetime.datetime | None | Unset): The timestamp when the participation was recorded. Example:
            2026-05-22T10:00:00.000000Z.
    """

    ai_id: UUID | Unset = UNSET
    aicall_id: UUID | Unset = UNSET
    tm_create: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ai_id: str | Unset = UNSET
        if not isinstance(self.ai_id, Unset):
            ai_id = str(self.ai_id)

        aicall_id: str | Unset = UNSET
        if not isinstance(self.aicall_id, Unset):
            aicall_id = str(self.aicall_id)

        tm_create: None | str | Unset
        if isinstance(self.tm_create, Unset):
            tm_create = UNSET
        elif isinstance(self.tm_create, datetime.datetime):
            tm_create = self.tm_create.isoformat()
        else:
            tm_create = self.tm_create

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ai_id is not UNSET:
            field_dict["ai_id"] = ai_id
        if aicall_id is not UNSET:
            field_dict["aicall_id"] = aicall_id
        if tm_create is not UNSET:
            field_dict["tm_create"] = tm_create

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

        _aicall_id = d.pop("aicall_id", UNSET)
        aicall_id: UUID | Unset
        if isinstance(_aicall_id, Unset):
            aicall_id = UNSET
        else:
            aicall_id = UUID(_aicall_id)

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

        ai_manager_participant = cls(
            ai_id=ai_id,
            aicall_id=aicall_id,
            tm_create=tm_create,
        )

        ai_manager_participant.additional_properties = d
        return ai_manager_participant

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
