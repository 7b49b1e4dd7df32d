from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_manager_contact_source import ContactManagerContactSource
from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.contact_manager_address import ContactManagerAddress


T = TypeVar("T", bound="ContactManagerContact")


@_attrs_define
class ContactManagerContact:
    """
    Attributes:
        id (UUID | Unset): Unique identifier for the contact. Example: 550e8400-e29b-41d4-a716-446655440000.
        customer_id (UUID | Unset): Unique identifier of the associated customer. Example:
            7c4d2f3a-1b8e-4f5c-9a6d-3e2f1a0b4c5d.
        first_name (str | Unset): First name of the contact. Example: John.
        last_name (str | Unset): Last name of the contact. Example: Smith.
        display_name (str | Unset): Display name of the contact. Example: John Smith.
        company (str | Unset): Company name associated with the contact. Example: Acme Corporation.
        job_title (str | Unset): Job title of the contact. Example: Software Engineer.
        source (ContactManagerContactSource | Unset): Source of the contact. Example: manual.
        external_id (str | Unset): External identifier for the contact. Example: CRM-12345.
        notes (str | Unset): Free-form notes about the contact. May include call summaries, preferences, or special
            instructions. Example: Prefers morning calls. VIP account - escalate to senior support immediately..
        addresses (list[ContactManagerAddress] | Unset): List of addresses (tel or email) associated with the contact.
        tag_ids (list[UUID] | Unset): List of tag IDs associated with the contact. Example: ['b1a2c3d4-e5f6-7890-abcd-
            ef1234567890'].
        tm_create (datetime.datetime | None | Unset): Timestamp when the contact was created. Example:
            2026-01-15T09:30:00.000000Z.
        tm_update (datetime.datetime | None | Unset): Timestamp when the contact was last updated. Example:
            2026-01-15T09:30:00.000000Z.
        tm_delete (datetime.datetime | None | Unset): Timestamp when the contact was deleted. Example:
            2026-01-15T09:30:00.000000Z.
    """

    id: UUID | Unset = UNSET
    customer_id: UUID | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    display_name: str | Unset = UNSET
    company: str | Unset = UNSET
    job_title: str | Unset = UNSET
    source: ContactManagerContactSource | Unset = UNSET
    external_id: str | Unset = UNSET
    notes: str | Unset = UNSET
    addresses: list[ContactManagerAddress] | Unset = UNSET
    tag_ids: list[UUID] | Unset = UNSET
    tm_create: datetime.datetime | None | Unset = UNSET
    tm_update: datetime.datetime | None | Unset = UNSET
    tm_delete: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        customer_id: str | Unset = UNSET
        if not isinstance(self.customer_id, Unset):
            customer_id = str(self.customer_id)

        first_name = self.first_name

        last_name = self.last_name

        display_name = self.display_name

        company = self.company

        job_title = self.job_title

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.value

        external_id = self.external_id

        notes = self.notes

        addresses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.addresses, Unset):
            addresses = []
            for addresses_item_data in self.addresses:
                addresses_item = addresses_item_data.to_dict()
                addresses.append(addresses_item)

        tag_ids: list[str] | Unset = UNSET
        if not isinstance(self.tag_ids, Unset):
            tag_ids = []
            for tag_ids_item_data in self.tag_ids:
                tag_ids_item = str(tag_ids_item_data)
                tag_ids.append(tag_ids_item)

        tm_create: None | str | Unset
        if isinstance(self.tm_create, Unset):
            tm_create = UNSET
        elif isinstance(self.tm_create, datetime.datetime):
            tm_create = self.tm_create.isoformat()
        else:
            tm_create = self.tm_create

        tm_update: None | str | Unset
        if isinstance(self.tm_update, Unset):
            tm_update = UNSET
        elif isinstance(self.tm_update, datetime.datetime):
            tm_update = self.tm_update.isoformat()
        else:
            tm_update = self.tm_update

        tm_delete: None | str | Unset
        if isinstance(self.tm_delete, Unset):
            tm_delete = UNSET
        elif isinstance(self.tm_delete, datetime.datetime):
            tm_delete = self.tm_delete.isoformat()
        else:
            tm_delete = self.tm_delete

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if company is not UNSET:
            field_dict["company"] = company
        if job_title is not UNSET:
            field_dict["job_title"] = job_title
        if source is not UNSET:
            field_dict["source"] = source
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if notes is not UNSET:
            field_dict["notes"] = notes
        if addresses is not UNSET:
            field_dict["addresses"] = addresses
        if tag_ids is not UNSET:
            field_dict["tag_ids"] = tag_ids
        if tm_create is not UNSET:
            field_dict["tm_create"] = tm_create
        if tm_update is not UNSET:
            field_dict["tm_update"] = tm_update
        if tm_delete is not UNSET:
            field_dict["tm_delete"] = tm_delete

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.contact_manager_address import ContactManagerAddress

        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        _customer_id = d.pop("customer_id", UNSET)
        customer_id: UUID | Unset
        if isinstance(_customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = UUID(_customer_id)

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        display_name = d.pop("display_name", UNSET)

        company = d.pop("company", UNSET)

        job_title = d.pop("job_title", UNSET)

        _source = d.pop("source", UNSET)
        source: ContactManagerContactSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = ContactManagerContactSource(_source)

        external_id = d.pop("external_id", UNSET)

        notes = d.pop("notes", UNSET)

        _addresses = d.pop("addresses", UNSET)
        addresses: list[ContactManagerAddress] | Unset = UNSET
        if _addresses is not UNSET:
            addresses = []
            for addresses_item_data in _addresses:
                addresses_item = ContactManagerAddress.from_dict(addresses_item_data)

                addresses.append(addresses_item)

        _tag_ids = d.pop("tag_ids", UNSET)
        tag_ids: list[UUID] | Unset = UNSET
        if _tag_ids is not UNSET:
            tag_ids = []
            for tag_ids_item_data in _tag_ids:
                tag_ids_item = UUID(tag_ids_item_data)

                tag_ids.append(tag_ids_item)

        def _parse_tm_create(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"tm_create: unexpected {type(data).__name__}")
            tm_create_type_0 = parse_datetime(data)

            return tm_create_type_0

        tm_create = _parse_tm_create(d.pop("tm_create", UNSET))

        def _parse_tm_update(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"tm_update: unexpected {type(data).__name__}")
            tm_update_type_0 = parse_datetime(data)

            return tm_update_type_0

        tm_update = _parse_tm_update(d.pop("tm_update", UNSET))

        def _parse_tm_delete(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"tm_delete: unexpected {type(data).__name__}")
            tm_delete_type_0 = parse_datetime(data)

            return tm_delete_type_0

        tm_delete = _parse_tm_delete(d.pop("tm_delete", UNSET))

        contact_manager_contact = cls(
            id=id,
            customer_id=customer_id,
            first_name=first_name,
            last_name=last_name,
            display_name=display_name,
            company=company,
            job_title=job_title,
            source=source,
            external_id=external_id,
            notes=notes,
            addresses=addresses,
            tag_ids=tag_ids,
            tm_create=tm_create,
            tm_update=tm_update,
            tm_delete=tm_delete,
        )

        contact_manager_contact.additional_properties = d
        return contact_manager_contact

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
