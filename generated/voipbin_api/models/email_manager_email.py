from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.email_manager_email_status import EmailManagerEmailStatus
from ..types import parse_datetime

if TYPE_CHECKING:
    from ..models.common_address import CommonAddress
    from ..models.email_manager_email_attachment import EmailManagerEmailAttachment


T = TypeVar("T", bound="EmailManagerEmail")


@_attrs_define
class EmailManagerEmail:
    """
    Attributes:
        id (UUID): The unique identifier of the email. Example: 550e8400-e29b-41d4-a716-446655440000.
        customer_id (UUID): The unique identifier of the customer. Returned from the `GET /customers` response. Example:
            7c4d2f3a-1b8e-4f5c-9a6d-3e2f1a0b4c5d.
        source (CommonAddress | None): The source address of the email.
        destinations (list[CommonAddress] | None): List of destination addresses. Must contain at least one destination.
        status (EmailManagerEmailStatus): Email status. Example: delivered.
        subject (str): The subject of the email. Example: Your Call Recording is Ready.
        content (str): The content of the email. Example: Please find your call recording attached..
        attachments (list[EmailManagerEmailAttachment] | None): List of attachments
        tm_create (datetime.datetime | None): Timestamp when the email was created. Example:
            2026-01-15T09:30:00.000000Z.
        tm_update (datetime.datetime | None): Timestamp when the email was last updated. Example:
            2026-01-15T09:30:00.000000Z.
        tm_delete (datetime.datetime | None): Timestamp when the email was deleted. Example:
            2026-01-15T09:30:00.000000Z.
    """

    id: UUID
    customer_id: UUID
    source: CommonAddress | None
    destinations: list[CommonAddress] | None
    status: EmailManagerEmailStatus
    subject: str
    content: str
    attachments: list[EmailManagerEmailAttachment] | None
    tm_create: datetime.datetime | None
    tm_update: datetime.datetime | None
    tm_delete: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.common_address import CommonAddress

        id = str(self.id)

        customer_id = str(self.customer_id)

        source: dict[str, Any] | None
        if isinstance(self.source, CommonAddress):
            source = self.source.to_dict()
        else:
            source = self.source

        destinations: list[dict[str, Any]] | None
        if isinstance(self.destinations, list):
            destinations = []
            for destinations_type_0_item_data in self.destinations:
                destinations_type_0_item = destinations_type_0_item_data.to_dict()
                destinations.append(destinations_type_0_item)

        else:
            destinations = self.destinations

        status = self.status.value

        subject = self.subject

        content = self.content

        attachments: list[dict[str, Any]] | None
        if isinstance(self.attachments, list):
            attachments = []
            for attachments_type_0_item_data in self.attachments:
                attachments_type_0_item = attachments_type_0_item_data.to_dict()
                attachments.append(attachments_type_0_item)

        else:
            attachments = self.attachments

        tm_create: None | str
        if isinstance(self.tm_create, datetime.datetime):
            tm_create = self.tm_create.isoformat()
        else:
            tm_create = self.tm_create

        tm_update: None | str
        if isinstance(self.tm_update, datetime.datetime):
            tm_update = self.tm_update.isoformat()
        else:
            tm_update = self.tm_update

        tm_delete: None | str
        if isinstance(self.tm_delete, datetime.datetime):
            tm_delete = self.tm_delete.isoformat()
        else:
            tm_delete = self.tm_delete

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "customer_id": customer_id,
                "source": source,
                "destinations": destinations,
                "status": status,
                "subject": subject,
                "content": content,
                "attachments": attachments,
                "tm_create": tm_create,
                "tm_update": tm_update,
                "tm_delete": tm_delete,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.common_address import CommonAddress
        from ..models.email_manager_email_attachment import EmailManagerEmailAttachment

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        customer_id = UUID(d.pop("customer_id"))

        def _parse_source(data: object) -> CommonAddress | None:
            if data is None:
                return data
            if not isinstance(data, dict):
                raise TypeError(f"source: unexpected {type(data).__name__}")
            source_type_1 = CommonAddress.from_dict(data)

            return source_type_1

        source = _parse_source(d.pop("source"))

        def _parse_destinations(data: object) -> list[CommonAddress] | None:
            if data is None:
                return data
            if not isinstance(data, list):
                raise TypeError(f"destinations: unexpected {type(data).__name__}")
            destinations_type_0 = []
            _destinations_type_0 = data
            for destinations_type_0_item_data in _destinations_type_0:
                destinations_type_0_item = CommonAddress.from_dict(
                    destinations_type_0_item_data
                )

                destinations_type_0.append(destinations_type_0_item)

            return destinations_type_0

        destinations = _parse_destinations(d.pop("destinations"))

        status = EmailManagerEmailStatus(d.pop("status"))

        subject = d.pop("subject")

        content = d.pop("content")

        def _parse_attachments(
            data: object,
        ) -> list[EmailManagerEmailAttachment] | None:
            if data is None:
                return data
            if not isinstance(data, list):
                raise TypeError(f"attachments: unexpected {type(data).__name__}")
            attachments_type_0 = []
            _attachments_type_0 = data
            for attachments_type_0_item_data in _attachments_type_0:
                attachments_type_0_item = EmailManagerEmailAttachment.from_dict(
                    attachments_type_0_item_data
                )

                attachments_type_0.append(attachments_type_0_item)

            return attachments_type_0

        attachments = _parse_attachments(d.pop("attachments"))

        def _parse_tm_create(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            if not isinstance(data, str):
                raise TypeError(f"tm_create: unexpected {type(data).__name__}")
            tm_create_type_0 = parse_datetime(data)

            return tm_create_type_0

        tm_create = _parse_tm_create(d.pop("tm_create"))

        def _parse_tm_update(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            if not isinstance(data, str):
                raise TypeError(f"tm_update: unexpected {type(data).__name__}")
            tm_update_type_0 = parse_datetime(data)

            return tm_update_type_0

        tm_update = _parse_tm_update(d.pop("tm_update"))

        def _parse_tm_delete(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            if not isinstance(data, str):
                raise TypeError(f"tm_delete: unexpected {type(data).__name__}")
            tm_delete_type_0 = parse_datetime(data)

            return tm_delete_type_0

        tm_delete = _parse_tm_delete(d.pop("tm_delete"))

        email_manager_email = cls(
            id=id,
            customer_id=customer_id,
            source=source,
            destinations=destinations,
            status=status,
            subject=subject,
            content=content,
            attachments=attachments,
            tm_create=tm_create,
            tm_update=tm_update,
            tm_delete=tm_delete,
        )

        email_manager_email.additional_properties = d
        return email_manager_email

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
