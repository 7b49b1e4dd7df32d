from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_manager_case_note_author_type import (
    ContactManagerCaseNoteAuthorType,
)
from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="ContactManagerCaseNote")


@_attrs_define
class ContactManagerCaseNote:
    """
    Attributes:
        id (UUID | Unset): Unique identifier for the case note. Example: 33333333-0000-0000-0000-000000000003.
        customer_id (UUID | Unset): Unique identifier of the associated customer. Example:
            7c4d2f3a-1b8e-4f5c-9a6d-3e2f1a0b4c5d.
        case_id (UUID | Unset): The case this note belongs to. The ID is returned from GET /v1.0/contact_cases response.
            Example: 550e8400-e29b-41d4-a716-446655440000.
        author_type (ContactManagerCaseNoteAuthorType | Unset): Type of the note's author. Example: agent.
        author_id (UUID | Unset): ID of the agent authoring this note. Nullable for system-authored notes. Example:
            2a2ec0ba-8004-11ec-aea5-439829c92a7c.
        text (str | Unset): The note's text content. Example: Called the customer back, no answer..
        tm_create (datetime.datetime | None | Unset): Timestamp when this note was created. Example:
            2026-06-01T09:30:00.000000Z.
        tm_update (datetime.datetime | None | Unset): Timestamp when this note was last updated. Example:
            2026-06-01T09:30:00.000000Z.
        tm_delete (datetime.datetime | None | Unset): Timestamp when this note was soft-deleted. Null if active.
            Example: 2026-06-02T08:00:00.000000Z.
    """

    id: UUID | Unset = UNSET
    customer_id: UUID | Unset = UNSET
    case_id: UUID | Unset = UNSET
    author_type: ContactManagerCaseNoteAuthorType | Unset = UNSET
    author_id: UUID | Unset = UNSET
    text: str | Unset = UNSET
    tm_create: datetime.datetime | None | Unset = UNSET
    tm_update: datetime.datetime | None | Unset = UNSET
    tm_delete: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        customer_id: str | Unset = UNSET
        if not isinstance(self.customer_id, Unset):
            customer_id = str(self.customer_id)

        case_id: str | Unset = UNSET
        if not isinstance(self.case_id, Unset):
            case_id = str(self.case_id)

        author_type: str | Unset = UNSET
        if not isinstance(self.author_type, Unset):
            author_type = self.author_type.value

        author_id: str | Unset = UNSET
        if not isinstance(self.author_id, Unset):
            author_id = str(self.author_id)

        text = self.text

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
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if case_id is not UNSET:
            field_dict["case_id"] = case_id
        if author_type is not UNSET:
            field_dict["author_type"] = author_type
        if author_id is not UNSET:
            field_dict["author_id"] = author_id
        if text is not UNSET:
            field_dict["text"] = text
        if tm_create is not UNSET:
            field_dict["tm_create"] = tm_create
        if tm_update is not UNSET:
            field_dict["tm_update"] = tm_update
        if tm_delete is not UNSET:
            field_dict["tm_delete"] = tm_delete

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

        _case_id = d.pop("case_id", UNSET)
        case_id: UUID | Unset
        if isinstance(_case_id, Unset):
            case_id = UNSET
        else:
            case_id = UUID(_case_id)

        _author_type = d.pop("author_type", UNSET)
        author_type: ContactManagerCaseNoteAuthorType | Unset
        if isinstance(_author_type, Unset):
            author_type = UNSET
        else:
            author_type = ContactManagerCaseNoteAuthorType(_author_type)

        _author_id = d.pop("author_id", UNSET)
        author_id: UUID | Unset
        if isinstance(_author_id, Unset):
            author_id = UNSET
        else:
            author_id = UUID(_author_id)

        text = d.pop("text", UNSET)

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

        contact_manager_case_note = cls(
            id=id,
            customer_id=customer_id,
            case_id=case_id,
            author_type=author_type,
            author_id=author_id,
            text=text,
            tm_create=tm_create,
            tm_update=tm_update,
            tm_delete=tm_delete,
        )

        contact_manager_case_note.additional_properties = d
        return contact_manager_case_note

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
