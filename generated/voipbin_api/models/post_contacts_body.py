from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_contacts_body_source import PostContactsBodySource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_contacts_body_addresses_item import PostContactsBodyAddressesItem


T = TypeVar("T", bound="PostContactsBody")


@_attrs_define
class PostContactsBody:
    """
    Attributes:
        first_name (str | Unset):
        last_name (str | Unset):
        display_name (str | Unset):
        company (str | Unset):
        job_title (str | Unset):
        source (PostContactsBodySource | Unset):
        external_id (str | Unset):
        notes (str | Unset):
        addresses (list[PostContactsBodyAddressesItem] | Unset): List of addresses (tel or email) to associate with the
            contact.
        tag_ids (list[UUID] | Unset):
    """

    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    display_name: str | Unset = UNSET
    company: str | Unset = UNSET
    job_title: str | Unset = UNSET
    source: PostContactsBodySource | Unset = UNSET
    external_id: str | Unset = UNSET
    notes: str | Unset = UNSET
    addresses: list[PostContactsBodyAddressesItem] | Unset = UNSET
    tag_ids: list[UUID] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.post_contacts_body_addresses_item import (
            PostContactsBodyAddressesItem,
        )

        d = dict(src_dict)
        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        display_name = d.pop("display_name", UNSET)

        company = d.pop("company", UNSET)

        job_title = d.pop("job_title", UNSET)

        _source = d.pop("source", UNSET)
        source: PostContactsBodySource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = PostContactsBodySource(_source)

        external_id = d.pop("external_id", UNSET)

        notes = d.pop("notes", UNSET)

        _addresses = d.pop("addresses", UNSET)
        addresses: list[PostContactsBodyAddressesItem] | Unset = UNSET
        if _addresses is not UNSET:
            addresses = []
            for addresses_item_data in _addresses:
                addresses_item = PostContactsBodyAddressesItem.from_dict(
                    addresses_item_data
                )

                addresses.append(addresses_item)

        _tag_ids = d.pop("tag_ids", UNSET)
        tag_ids: list[UUID] | Unset = UNSET
        if _tag_ids is not UNSET:
            tag_ids = []
            for tag_ids_item_data in _tag_ids:
                tag_ids_item = UUID(tag_ids_item_data)

                tag_ids.append(tag_ids_item)

        post_contacts_body = cls(
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
        )

        post_contacts_body.additional_properties = d
        return post_contacts_body

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
