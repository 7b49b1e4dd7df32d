from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PostAiauditsBody")


@_attrs_define
class PostAiauditsBody:
    """
    Attributes:
        aicall_id (UUID): The ID of the AI call to audit.
        language (str | Unset): BCP47 language code for audit output (e.g. "en-US", "ko-KR"). Defaults to the call's
            stt_language or "en-US".
    """

    aicall_id: UUID
    language: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        aicall_id = str(self.aicall_id)

        language = self.language

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "aicall_id": aicall_id,
            }
        )
        if language is not UNSET:
            field_dict["language"] = language

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        aicall_id = UUID(d.pop("aicall_id"))

        language = d.pop("language", UNSET)

        post_aiaudits_body = cls(
            aicall_id=aicall_id,
            language=language,
        )

        post_aiaudits_body.additional_properties = d
        return post_aiaudits_body

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
