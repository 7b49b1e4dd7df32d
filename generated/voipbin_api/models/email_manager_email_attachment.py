from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.email_manager_email_attachment_reference_type import (
    EmailManagerEmailAttachmentReferenceType,
)

T = TypeVar("T", bound="EmailManagerEmailAttachment")


@_attrs_define
class EmailManagerEmailAttachment:
    """
    Attributes:
        reference_type (EmailManagerEmailAttachmentReferenceType): Type of the action. Example: recording.
        reference_id (UUID): The unique identifier of the referenced resource (e.g., recording ID). Returned from the
            corresponding resource endpoint. Example: e5f6a7b8-c9d0-1234-5678-90abcdef0123.
    """

    reference_type: EmailManagerEmailAttachmentReferenceType
    reference_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reference_type = self.reference_type.value

        reference_id = str(self.reference_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reference_type": reference_type,
                "reference_id": reference_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        reference_type = EmailManagerEmailAttachmentReferenceType(
            d.pop("reference_type")
        )

        reference_id = UUID(d.pop("reference_id"))

        email_manager_email_attachment = cls(
            reference_type=reference_type,
            reference_id=reference_id,
        )

        email_manager_email_attachment.additional_properties = d
        return email_manager_email_attachment

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
