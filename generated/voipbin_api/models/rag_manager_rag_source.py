from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rag_manager_rag_document_status import RagManagerRagDocumentStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="RagManagerRagSource")


@_attrs_define
class RagManagerRagSource:
    """A source document in a RAG knowledge base.

    Attributes:
        id (UUID | Unset): The unique identifier of the source (document). Use this ID with `DELETE /rags/{rag-
            id}/sources/{source-id}` to remove the source. Example: c3d4e5f6-a7b8-9012-cdef-123456789012.
        customer_id (UUID | Unset): The customer ID that owns this source. Returned from the `GET /customer` response.
            Example: a1b2c3d4-e5f6-7890-abcd-ef1234567890.
        storage_file_id (UUID | Unset): The storage file ID if the source is an uploaded file. Returned from the `POST
            /storage_files` response. Example: b2c3d4e5-f6a7-8901-bcde-f12345678901.
        source_url (str | Unset): The URL if the source is a web document. Example: https://example.com/docs/faq.html.
        status (RagManagerRagDocumentStatus | Unset): The document processing status. Indicates the current stage of
            document ingestion. Example: ready.
        status_message (str | Unset): Additional details about the current ingestion status. Example: Document parsed
            and 42 chunks created.
    """

    id: UUID | Unset = UNSET
    customer_id: UUID | Unset = UNSET
    storage_file_id: UUID | Unset = UNSET
    source_url: str | Unset = UNSET
    status: RagManagerRagDocumentStatus | Unset = UNSET
    status_message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        customer_id: str | Unset = UNSET
        if not isinstance(self.customer_id, Unset):
            customer_id = str(self.customer_id)

        storage_file_id: str | Unset = UNSET
        if not isinstance(self.storage_file_id, Unset):
            storage_file_id = str(self.storage_file_id)

        source_url = self.source_url

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        status_message = self.status_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if storage_file_id is not UNSET:
            field_dict["storage_file_id"] = storage_file_id
        if source_url is not UNSET:
            field_dict["source_url"] = source_url
        if status is not UNSET:
            field_dict["status"] = status
        if status_message is not UNSET:
            field_dict["status_message"] = status_message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
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

        _storage_file_id = d.pop("storage_file_id", UNSET)
        storage_file_id: UUID | Unset
        if isinstance(_storage_file_id, Unset):
            storage_file_id = UNSET
        else:
            storage_file_id = UUID(_storage_file_id)

        source_url = d.pop("source_url", UNSET)

        _status = d.pop("status", UNSET)
        status: RagManagerRagDocumentStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = RagManagerRagDocumentStatus(_status)

        status_message = d.pop("status_message", UNSET)

        rag_manager_rag_source = cls(
            id=id,
            customer_id=customer_id,
            storage_file_id=storage_file_id,
            source_url=source_url,
            status=status,
            status_message=status_message,
        )

        rag_manager_rag_source.additional_properties = d
        return rag_manager_rag_source

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
