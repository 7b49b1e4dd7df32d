from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="AIManagerAIPromptHistory")


@_attrs_define
class AIManagerAIPromptHistory:
    """
    Attributes:
        id (UUID | Unset): The unique identifier of the prompt history entry. Example:
            550e8400-e29b-41d4-a716-446655440000.
        customer_id (UUID | Unset): The unique identifier of the associated customer. Returned from the `GET /customers`
            response. Example: 7c4d2f3a-1b8e-4f5c-9a6d-3e2f1a0b4c5d.
        ai_id (UUID | Unset): The ID of the AI this history entry belongs to. Returned from the `GET /ais` response.
            Example: a1b2c3d4-e5f6-7890-abcd-ef1234567890.
        prompt (str | Unset): The init_prompt value at this point in time. Example: You are a helpful customer support
            assistant..
        tm_create (datetime.datetime | None | Unset): The time this history entry was recorded. Example:
            2026-05-22T10:00:00.000000Z.
    """

    id: UUID | Unset = UNSET
    customer_id: UUID | Unset = UNSET
    ai_id: UUID | Unset = UNSET
    prompt: str | Unset = UNSET
    tm_create: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        customer_id: str | Unset = UNSET
        if not isinstance(self.customer_id, Unset):
            customer_id = str(self.customer_id)

        ai_id: str | Unset = UNSET
        if not isinstance(self.ai_id, Unset):
            ai_id = str(self.ai_id)

        prompt = self.prompt

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
        if id is not UNSET:
            field_dict["id"] = id
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if ai_id is not UNSET:
            field_dict["ai_id"] = ai_id
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if tm_create is not UNSET:
            field_dict["tm_create"] = tm_create

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

        _ai_id = d.pop("ai_id", UNSET)
        ai_id: UUID | Unset
        if isinstance(_ai_id, Unset):
            ai_id = UNSET
        else:
            ai_id = UUID(_ai_id)

        prompt = d.pop("prompt", UNSET)

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

        ai_manager_ai_prompt_history = cls(
            id=id,
            customer_id=customer_id,
            ai_id=ai_id,
            prompt=prompt,
            tm_create=tm_create,
        )

        ai_manager_ai_prompt_history.additional_properties = d
        return ai_manager_ai_prompt_history

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
