from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ai_manager_summary_reference_type import AIManagerSummaryReferenceType

T = TypeVar("T", bound="PostAisummariesBody")


@_attrs_define
class PostAisummariesBody:
    """
    Attributes:
        on_end_flow_id (str): The ID of the flow to be executed when the ai summary ends.
        reference_type (AIManagerSummaryReferenceType): Type of reference for the AI summary. Example: call.
        reference_id (str): The ID of the reference for the ai summary.
        language (str): The language of the ai summary.
    """

    on_end_flow_id: str
    reference_type: AIManagerSummaryReferenceType
    reference_id: str
    language: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        on_end_flow_id = self.on_end_flow_id

        reference_type = self.reference_type.value

        reference_id = self.reference_id

        language = self.language

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "on_end_flow_id": on_end_flow_id,
                "reference_type": reference_type,
                "reference_id": reference_id,
                "language": language,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        on_end_flow_id = d.pop("on_end_flow_id")

        reference_type = AIManagerSummaryReferenceType(d.pop("reference_type"))

        reference_id = d.pop("reference_id")

        language = d.pop("language")

        post_aisummaries_body = cls(
            on_end_flow_id=on_end_flow_id,
            reference_type=reference_type,
            reference_id=reference_id,
            language=language,
        )

        post_aisummaries_body.additional_properties = d
        return post_aisummaries_body

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
