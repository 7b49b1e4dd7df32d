from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ai_manager_summary_reference_type import AIManagerSummaryReferenceType
from ..types import UNSET, Unset

T = TypeVar("T", bound="FlowManagerActionOptionAISummary")


@_attrs_define
class FlowManagerActionOptionAISummary:
    """
    Attributes:
        on_end_flow_id (UUID | Unset): The unique identifier of the flow to execute when AI summary completes. Returned
            from the `POST /flows` or `GET /flows` response. Example: a1b2c3d4-e5f6-7890-1234-567890abcdef.
        reference_type (AIManagerSummaryReferenceType | Unset): Type of reference for the AI summary. Example: call.
        reference_id (UUID | Unset): The unique identifier of the referenced resource. Returned from the corresponding
            resource endpoint. Example: f6a7b8c9-d0e1-2345-6789-0abcdef01234.
        language (str | Unset): BCP47 language code for the summary. Example: en-US.
    """

    on_end_flow_id: UUID | Unset = UNSET
    reference_type: AIManagerSummaryReferenceType | Unset = UNSET
    reference_id: UUID | Unset = UNSET
    language: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        on_end_flow_id: str | Unset = UNSET
        if not isinstance(self.on_end_flow_id, Unset):
            on_end_flow_id = str(self.on_end_flow_id)

        reference_type: str | Unset = UNSET
        if not isinstance(self.reference_type, Unset):
            reference_type = self.reference_type.value

        reference_id: str | Unset = UNSET
        if not isinstance(self.reference_id, Unset):
            reference_id = str(self.reference_id)

        language = self.language

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if on_end_flow_id is not UNSET:
            field_dict["on_end_flow_id"] = on_end_flow_id
        if reference_type is not UNSET:
            field_dict["reference_type"] = reference_type
        if reference_id is not UNSET:
            field_dict["reference_id"] = reference_id
        if language is not UNSET:
            field_dict["language"] = language

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _on_end_flow_id = d.pop("on_end_flow_id", UNSET)
        on_end_flow_id: UUID | Unset
        if isinstance(_on_end_flow_id, Unset):
            on_end_flow_id = UNSET
        else:
            on_end_flow_id = UUID(_on_end_flow_id)

        _reference_type = d.pop("reference_type", UNSET)
        reference_type: AIManagerSummaryReferenceType | Unset
        if isinstance(_reference_type, Unset):
            reference_type = UNSET
        else:
            reference_type = AIManagerSummaryReferenceType(_reference_type)

        _reference_id = d.pop("reference_id", UNSET)
        reference_id: UUID | Unset
        if isinstance(_reference_id, Unset):
            reference_id = UNSET
        else:
            reference_id = UUID(_reference_id)

        language = d.pop("language", UNSET)

        flow_manager_action_option_ai_summary = cls(
            on_end_flow_id=on_end_flow_id,
            reference_type=reference_type,
            reference_id=reference_id,
            language=language,
        )

        flow_manager_action_option_ai_summary.additional_properties = d
        return flow_manager_action_option_ai_summary

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
