from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.common_address import CommonAddress
    from ..models.email_manager_email_attachment import EmailManagerEmailAttachment


T = TypeVar("T", bound="PostEmailsBody")


@_attrs_define
class PostEmailsBody:
    """
    Attributes:
        destinations (list[CommonAddress]): The email addresses to send the email to.
        subject (str): The subject of the email.
        content (str): The content of the email.
        attachments (list[EmailManagerEmailAttachment]): List of attachments to include in the email.
    """

    destinations: list[CommonAddress]
    subject: str
    content: str
    attachments: list[EmailManagerEmailAttachment]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        destinations = []
        for destinations_item_data in self.destinations:
            destinations_item = destinations_item_data.to_dict()
            destinations.append(destinations_item)

        subject = self.subject

        content = self.content

        attachments = []
        for attachments_item_data in self.attachments:
            attachments_item = attachments_item_data.to_dict()
            attachments.append(attachments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "destinations": destinations,
                "subject": subject,
                "content": content,
                "attachments": attachments,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.common_address import CommonAddress
        from ..models.email_manager_email_attachment import EmailManagerEmailAttachment

        d = dict(src_dict)
        destinations = []
        _destinations = d.pop("destinations")
        for destinations_item_data in _destinations:
            destinations_item = CommonAddress.from_dict(destinations_item_data)

            destinations.append(destinations_item)

        subject = d.pop("subject")

        content = d.pop("content")

        attachments = []
        _attachments = d.pop("attachments")
        for attachments_item_data in _attachments:
            attachments_item = EmailManagerEmailAttachment.from_dict(
                attachments_item_data
            )

            attachments.append(attachments_item)

        post_emails_body = cls(
            destinations=destinations,
            subject=subject,
            content=content,
            attachments=attachments,
        )

        post_emails_body.additional_properties = d
        return post_emails_body

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
