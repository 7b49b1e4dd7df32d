from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_contact_cases_id_notes_body_author_type import (
    PostContactCasesIdNotesBodyAuthorType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PostContactCasesIdNotesBody")


@_attrs_define
class PostContactCasesIdNotesBody:
    """
    Attributes:
        author_type (PostContactCasesIdNotesBodyAuthorType): Type of the note's author. Example: agent.
        text (str): The note's text content. Example: Called the customer back, no answer..
        author_id (UUID | Unset): ID of the agent authoring this note. Nullable for system-authored notes. Example:
            2a2ec0ba-8004-11ec-aea5-439829c92a7c.
    """

    author_type: PostContactCasesIdNotesBodyAuthorType
    text: str
    author_id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        author_type = self.author_type.value

        text = self.text

        author_id: str | Unset = UNSET
        if not isinstance(self.author_id, Unset):
            author_id = str(self.author_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "author_type": author_type,
                "text": text,
            }
        )
        if author_id is not UNSET:
            field_dict["author_id"] = author_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        author_type = PostContactCasesIdNotesBodyAuthorType(d.pop("author_type"))

        text = d.pop("text")

        _author_id = d.pop("author_id", UNSET)
        author_id: UUID | Unset
        if isinstance(_author_id, Unset):
            author_id = UNSET
        else:
            author_id = UUID(_author_id)

        post_contact_cases_id_notes_body = cls(
            author_type=author_type,
            text=text,
            author_id=author_id,
        )

        post_contact_cases_id_notes_body.additional_properties = d
        return post_contact_cases_id_notes_body

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
