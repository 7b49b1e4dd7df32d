from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ai_manager_a_icall_assistance_type import AIManagerAIcallAssistanceType
from ..models.ai_manager_a_icall_reference_type import AIManagerAIcallReferenceType

T = TypeVar("T", bound="PostAicallsBody")


@_attrs_define
class PostAicallsBody:
    """
    Attributes:
        assistance_type (AIManagerAIcallAssistanceType): Type of assistance entity associated with the AI call. Example:
            ai.
        assistance_id (str):
        reference_type (AIManagerAIcallReferenceType): Type of reference associated with the ai call. Example: call.
        reference_id (str):
    """

    assistance_type: AIManagerAIcallAssistanceType
    assistance_id: str
    reference_type: AIManagerAIcallReferenceType
    reference_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assistance_type = self.assistance_type.value

        assistance_id = self.assistance_id

        reference_type = self.reference_type.value

        reference_id = self.reference_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assistance_type": assistance_type,
                "assistance_id": assistance_id,
                "reference_type": reference_type,
                "reference_id": reference_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        assistance_type = AIManagerAIcallAssistanceType(d.pop("assistance_type"))

        assistance_id = d.pop("assistance_id")

        reference_type = AIManagerAIcallReferenceType(d.pop("reference_type"))

        reference_id = d.pop("reference_id")

        post_aicalls_body = cls(
            assistance_type=assistance_type,
            assistance_id=assistance_id,
            reference_type=reference_type,
            reference_id=reference_id,
        )

        post_aicalls_body.additional_properties = d
        return post_aicalls_body

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
