from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PostRagsBody")


@_attrs_define
class PostRagsBody:
    """
    Attributes:
        name (str): Human-readable name for the rag. Example: Customer Support KB.
        description (str | Unset): Description of what this rag contains. Example: Knowledge base for customer support
            conversations.
        storage_file_ids (list[UUID] | Unset): List of storage file IDs to ingest. Obtained from the `id` field of `POST
            /storage_files` response. Example: ['b2c3d4e5-f6a7-8901-bcde-f12345678901'].
        source_urls (list[str] | Unset): List of URLs to fetch and ingest as documents. Example:
            ['https://example.com/docs/faq.html'].
    """

    name: str
    description: str | Unset = UNSET
    storage_file_ids: list[UUID] | Unset = UNSET
    source_urls: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        storage_file_ids: list[str] | Unset = UNSET
        if not isinstance(self.storage_file_ids, Unset):
            storage_file_ids = []
            for storage_file_ids_item_data in self.storage_file_ids:
                storage_file_ids_item = str(storage_file_ids_item_data)
                storage_file_ids.append(storage_file_ids_item)

        source_urls: list[str] | Unset = UNSET
        if not isinstance(self.source_urls, Unset):
            source_urls = self.source_urls

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if storage_file_ids is not UNSET:
            field_dict["storage_file_ids"] = storage_file_ids
        if source_urls is not UNSET:
            field_dict["source_urls"] = source_urls

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description", UNSET)

        _storage_file_ids = d.pop("storage_file_ids", UNSET)
        storage_file_ids: list[UUID] | Unset = UNSET
        if _storage_file_ids is not UNSET:
            storage_file_ids = []
            for storage_file_ids_item_data in _storage_file_ids:
                storage_file_ids_item = UUID(storage_file_ids_item_data)

                storage_file_ids.append(storage_file_ids_item)

        source_urls = cast(list[str], d.pop("source_urls", UNSET))

        post_rags_body = cls(
            name=name,
            description=description,
            storage_file_ids=storage_file_ids,
            source_urls=source_urls,
        )

        post_rags_body.additional_properties = d
        return post_rags_body

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
