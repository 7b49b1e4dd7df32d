from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.common_address import CommonAddress
    from ..models.email_manager_email_attachment import EmailManagerEmailAttachment


T = TypeVar("T", bound="FlowManagerActionOptionEmailSend")


@_attrs_define
class FlowManagerActionOptionEmailSend:
    """
    Attributes:
        destinations (list[CommonAddress] | Unset): List of email destination addresses. Must contain at least one.
        subject (str | Unset): Subject line of the email. Example: Meeting Recording.
        content (str | Unset): Body content of the email. Example: Your recording is attached..
        attachments (list[EmailManagerEmailAttachment] | Unset): List of attachments to include.
    """

    destinations: list[CommonAddress] | Unset = UNSET
    subject: str | Unset = UNSET
    content: str | Unset = UNSET
    attachments: list[EmailManagerEmailAttachment] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        destinations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.destinations, Unset):
            destinations = []
            for destinations_item_data in self.destinations:
                destinations_item = destinations_item_data.to_dict()
                destinations.append(destinations_item)

        subject = self.subject

        content = self.content

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if destinations is not UNSET:
            field_dict["destinations"] = destinations
        if subject is not UNSET:
            field_dict["subject"] = subject
        if content is not UNSET:
            field_dict["content"] = content
        if attachments is not UNSET:
            field_dict["attachments"] = attachments

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.common_address import CommonAddress
        from ..models.email_manager_email_attachment import EmailManagerEmailAttachment

        d = dict(src_dict)
        _destinations = d.pop("destinations", UNSET)
        destinations: list[CommonAddress] | Unset = UNSET
        if _destinations is not UNSET:
            destinations = []
            for destinations_item_data in _destinations:
                destinations_item = CommonAddress.from_dict(destinations_item_data)

                destinations.append(destinations_item)

        subject = d.pop("subject", UNSET)

        content = d.pop("content", UNSET)

        _attachments = d.pop("attachments", UNSET)
        attachments: list[EmailManagerEmailAttachment] | Unset = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:
                attachments_item = EmailManagerEmailAttachment.from_dict(
                    attachments_item_data
                )

                attachments.append(attachments_item)

        flow_manager_action_option_email_send = cls(
            destinations=destinations,
            subject=subject,
            content=content,
            attachments=attachments,
        )

        flow_manager_action_option_email_send.additional_properties = d
        return flow_manager_action_option_email_send

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
