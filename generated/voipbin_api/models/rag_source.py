from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
    open_enum,
)


class RagSource(Model):
    """A source document in a RAG knowledge base.

    Attributes:
        id (str): The unique identifier of the source (document). Use this ID with `DELETE /rags/{rag-
            id}/sources/{source-id}` to remove the source.
        customer_id (str): The customer ID that owns this source. Returned from the `GET /customer` response.
        storage_file_id (str | None): The storage file ID if the source is an uploaded file. Returned from the `POST
            /storage_files` response.
        source_url (str | None): The URL if the source is a web document.
        status (RagDocumentStatus | None): The document processing status. Indicates the current stage of document
            ingestion.
        status_message (str | None): Additional details about the current ingestion status.
    """

    __slots__ = (
        "customer_id",
        "id",
        "source_url",
        "status",
        "status_message",
        "storage_file_id",
    )
    _fields = (
        ("id", "id"),
        ("customer_id", "customer_id"),
        ("storage_file_id", "storage_file_id"),
        ("source_url", "source_url"),
        ("status", "status"),
        ("status_message", "status_message"),
    )
    _wire_names = frozenset(
        {
            "id",
            "customer_id",
            "storage_file_id",
            "source_url",
            "status",
            "status_message",
        }
    )

    id: str
    customer_id: str
    storage_file_id: str | None
    source_url: str | None
    status: RagDocumentStatus | None
    status_message: str | None

    def __init__(
        self,
        *,
        id: str | None = None,
        customer_id: str | None = None,
        storage_file_id: str | None = None,
        source_url: str | None = None,
        status: RagDocumentStatus | None = None,
        status_message: str | None = None,
    ) -> None:
        self._data = {}
        self.id = id  # type: ignore[assignment]
        self.customer_id = customer_id  # type: ignore[assignment]
        self.storage_file_id = storage_file_id
        self.source_url = source_url
        self.status = status
        self.status_message = status_message

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = src_dict if type(src_dict) is dict else as_object(src_dict, "RagSource")
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("RagSource", "id", "str", v)
        self.id = v
        v = get("customer_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("RagSource", "customer_id", "str", v)
        self.customer_id = v
        v = get("storage_file_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("RagSource", "storage_file_id", "str", v)
        self.storage_file_id = v
        v = get("source_url")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("RagSource", "source_url", "str", v)
        self.source_url = v
        v = get("status")
        if v is not None:
            m = RagDocumentStatus._value2member_map_.get(v) if type(v) is str else None
            v = (
                open_enum(RagDocumentStatus, v, "RagSource", "status")
                if m is None
                else m
            )
        self.status = v
        v = get("status_message")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("RagSource", "status_message", "str", v)
        self.status_message = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.rag_document_status import RagDocumentStatus
