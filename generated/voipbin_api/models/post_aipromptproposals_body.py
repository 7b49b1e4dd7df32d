from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PostAipromptproposalsBody")


@_attrs_define
class PostAipromptproposalsBody:
    """
    Attributes:
        ai_id (UUID): The AI participant whose prompt should be improved.
        audit_ids (list[UUID]): The completed AI audits to use as evidence for the proposal.
        language (str | Unset): BCP47 language code for proposal output (e.g. "en-US", "ko-KR"). Defaults to "en-US".
    """

    ai_id: UUID
    audit_ids: list[UUID]
    language: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ai_id = str(self.ai_id)

        audit_ids = []
        for audit_ids_item_data in self.audit_ids:
            audit_ids_item = str(audit_ids_item_data)
            audit_ids.append(audit_ids_item)

        language = self.language

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ai_id": ai_id,
                "audit_ids": audit_ids,
            }
        )
        if language is not UNSET:
            field_dict["language"] = language

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        ai_id = UUID(d.pop("ai_id"))

        audit_ids = []
        _audit_ids = d.pop("audit_ids")
        for audit_ids_item_data in _audit_ids:
            audit_ids_item = UUID(audit_ids_item_data)

            audit_ids.append(audit_ids_item)

        language = d.pop("language", UNSET)

        post_aipromptproposals_body = cls(
            ai_id=ai_id,
            audit_ids=audit_ids,
            language=language,
        )

        post_aipromptproposals_body.additional_properties = d
        return post_aipromptproposals_body

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
