from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ai_manager_a_icall_assistance_type import AIManagerAIcallAssistanceType
from ..models.ai_manager_a_icall_reference_type import AIManagerAIcallReferenceType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PostServiceAgentsAicallsBody")


@_attrs_define
class PostServiceAgentsAicallsBody:
    """
    Attributes:
        assistance_type (AIManagerAIcallAssistanceType): Type of assistance entity associated with the AI call. Example:
            ai.
        reference_type (AIManagerAIcallReferenceType): Type of reference associated with the ai call. Example: call.
        reference_id (UUID): The ID of the reference resource for the AI call. Example:
            5e4a0680-804e-11ec-8477-2fea5968d85b.
        assistance_id (UUID | Unset): The unique identifier of the assistance entity (AI or Team). Returned from the
            `POST /ais`, `GET /ais`, `POST /teams`, or `GET /teams` response. Optional when `assistance_type=ai` and
            `reference_type=contact_case`: if omitted, the customer's own `type=insight` AI is resolved automatically.
            Required for every other combination. Example: 550e8400-e29b-41d4-a716-446655440000.
    """

    assistance_type: AIManagerAIcallAssistanceType
    reference_type: AIManagerAIcallReferenceType
    reference_id: UUID
    assistance_id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assistance_type = self.assistance_type.value

        reference_type = self.reference_type.value

        reference_id = str(self.reference_id)

        assistance_id: str | Unset = UNSET
        if not isinstance(self.assistance_id, Unset):
            assistance_id = str(self.assistance_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assistance_type": assistance_type,
                "reference_type": reference_type,
                "reference_id": reference_id,
            }
        )
        if assistance_id is not UNSET:
            field_dict["assistance_id"] = assistance_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        assistance_type = AIManagerAIcallAssistanceType(d.pop("assistance_type"))

        reference_type = AIManagerAIcallReferenceType(d.pop("reference_type"))

        reference_id = UUID(d.pop("reference_id"))

        _assistance_id = d.pop("assistance_id", UNSET)
        assistance_id: UUID | Unset
        if isinstance(_assistance_id, Unset):
            assistance_id = UNSET
        else:
            assistance_id = UUID(_assistance_id)

        post_service_agents_aicalls_body = cls(
            assistance_type=assistance_type,
            reference_type=reference_type,
            reference_id=reference_id,
            assistance_id=assistance_id,
        )

        post_service_agents_aicalls_body.additional_properties = d
        return post_service_agents_aicalls_body

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
