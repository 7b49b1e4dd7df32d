from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rag_manager_rag_document_status import RagManagerRagDocumentStatus
from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.rag_manager_rag_source import RagManagerRagSource


T = TypeVar("T", bound="RagManagerRag")


@_attrs_define
class RagManagerRag:
    """
    Attributes:
        id (UUID | Unset): The unique identifier of the rag. Returned from the `POST /rags` response. Example:
            550e8400-e29b-41d4-a716-446655440000.
        customer_id (UUID | Unset): The customer ID that owns this rag. Example: 7d4e8f2a-1b3c-4d5e-9f6a-8b7c6d5e4f3a.
        name (str | Unset): Human-readable name for the rag. Example: Customer Support KB.
        description (str | Unset): Description of what this rag contains. Example: Knowledge base for customer support
            conversations.
        tm_create (datetime.datetime | None | Unset): Timestamp when the rag was created. Example: 2026-03-18T10:30:00Z.
        tm_update (datetime.datetime | None | Unset): Timestamp when the rag was last updated. Example:
            2026-03-18T10:30:00Z.
        status (RagManagerRagDocumentStatus | Unset): The document processing status. Indicates the current stage of
            document ingestion. Example: ready.
        sources (list[RagManagerRagSource] | Unset): List of document sources in this rag with their ingestion status.
    """

    id: UUID | Unset = UNSET
    customer_id: UUID | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    tm_create: datetime.datetime | None | Unset = UNSET
    tm_update: datetime.datetime | None | Unset = UNSET
    status: RagManagerRagDocumentStatus | Unset = UNSET
    sources: list[RagManagerRagSource] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        customer_id: str | Unset = UNSET
        if not isinstance(self.customer_id, Unset):
            customer_id = str(self.customer_id)

        name = self.name

        description = self.description

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

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        sources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sources, Unset):
            sources = []
            for sources_item_data in self.sources:
                sources_item = sources_item_data.to_dict()
                sources.append(sources_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if tm_create is not UNSET:
            field_dict["tm_create"] = tm_create
        if tm_update is not UNSET:
            field_dict["tm_update"] = tm_update
        if status is not UNSET:
            field_dict["status"] = status
        if sources is not UNSET:
            field_dict["sources"] = sources

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.rag_manager_rag_source import RagManagerRagSource

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

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

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

        _status = d.pop("status", UNSET)
        status: RagManagerRagDocumentStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = RagManagerRagDocumentStatus(_status)

        _sources = d.pop("sources", UNSET)
        sources: list[RagManagerRagSource] | Unset = UNSET
        if _sources is not UNSET:
            sources = []
            for sources_item_data in _sources:
                sources_item = RagManagerRagSource.from_dict(sources_item_data)

                sources.append(sources_item)

        rag_manager_rag = cls(
            id=id,
            customer_id=customer_id,
            name=name,
            description=description,
            tm_create=tm_create,
            tm_update=tm_update,
            status=status,
            sources=sources,
        )

        rag_manager_rag.additional_properties = d
        return rag_manager_rag

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
