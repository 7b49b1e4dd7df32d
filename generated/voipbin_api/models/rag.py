from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    UTC,
    FieldError,
    Model,
    as_object,
    fromisoformat,
    in_utc,
    model_list,
    new_model,
    open_enum,
    timestamp,
)


class Rag(Model):
    """Attributes:
    id (str): The unique identifier of the rag. Returned from the `POST /rags` response.
    customer_id (str): The customer ID that owns this rag.
    name (str | None): Human-readable name for the rag.
    description (str | None): Description of what this rag contains.
    tm_create (datetime.datetime | None): Timestamp when the rag was created.
    tm_update (datetime.datetime | None): Timestamp when the rag was last updated.
    status (RagDocumentStatus | None): The document processing status. Indicates the current stage of document
        ingestion.
    sources (list[RagSource] | None): List of document sources in this rag with their ingestion status.
    """

    __slots__ = (
        "customer_id",
        "description",
        "id",
        "name",
        "sources",
        "status",
        "tm_create",
        "tm_update",
    )
    _fields = (
        ("id", "id"),
        ("customer_id", "customer_id"),
        ("name", "name"),
        ("description", "description"),
        ("tm_create", "tm_create"),
        ("tm_update", "tm_update"),
        ("status", "status"),
        ("sources", "sources"),
    )
    _wire_names = frozenset(
        {
            "id",
            "customer_id",
            "name",
            "description",
            "tm_create",
            "tm_update",
            "status",
            "sources",
        }
    )

    id: str
    customer_id: str
    name: str | None
    description: str | None
    tm_create: datetime.datetime | None
    tm_update: datetime.datetime | None
    status: RagDocumentStatus | None
    sources: list[RagSource] | None

    def __init__(
        self,
        *,
        id: str | None = None,
        customer_id: str | None = None,
        name: str | None = None,
        description: str | None = None,
        tm_create: datetime.datetime | None = None,
        tm_update: datetime.datetime | None = None,
        status: RagDocumentStatus | None = None,
        sources: list[RagSource] | None = None,
    ) -> None:
        self._data = {}
        self.id = id  # type: ignore[assignment]
        self.customer_id = customer_id  # type: ignore[assignment]
        self.name = name
        self.description = description
        self.tm_create = tm_create
        self.tm_update = tm_update
        self.status = status
        self.sources = sources

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = src_dict if type(src_dict) is dict else as_object(src_dict, "Rag")
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Rag", "id", "str", v)
        self.id = v
        v = get("customer_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Rag", "customer_id", "str", v)
        self.customer_id = v
        v = get("name")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Rag", "name", "str", v)
        self.name = v
        v = get("description")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Rag", "description", "str", v)
        self.description = v
        v = get("tm_create")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Rag", "tm_create")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_create = v
        v = get("tm_update")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Rag", "tm_update")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_update = v
        v = get("status")
        if v is not None:
            m = RagDocumentStatus._value2member_map_.get(v) if type(v) is str else None
            v = open_enum(RagDocumentStatus, v, "Rag", "status") if m is None else m
        self.status = v
        v = get("sources")
        if v is not None:
            v = model_list(RagSource, v, "Rag", "sources")
        self.sources = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.rag_document_status import RagDocumentStatus
from ..models.rag_source import RagSource
