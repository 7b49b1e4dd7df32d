from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
    str_list,
)


class PostRagsBody(Model):
    """Attributes:
    name (str): Human-readable name for the rag.
    description (str | None): Description of what this rag contains.
    storage_file_ids (list[str] | None): List of storage file IDs to ingest. Obtained from the `id` field of
        `POST /storage_files` response.
    source_urls (list[str] | None): List of URLs to fetch and ingest as documents.
    """

    __slots__ = ("description", "name", "source_urls", "storage_file_ids")
    _fields = (
        ("name", "name"),
        ("description", "description"),
        ("storage_file_ids", "storage_file_ids"),
        ("source_urls", "source_urls"),
    )
    _wire_names = frozenset(
        {
            "name",
            "description",
            "storage_file_ids",
            "source_urls",
        }
    )

    name: str
    description: str | None
    storage_file_ids: list[str] | None
    source_urls: list[str] | None

    def __init__(
        self,
        *,
        name: str | None = None,
        description: str | None = None,
        storage_file_ids: list[str] | None = None,
        source_urls: list[str] | None = None,
    ) -> None:
        self._data = {}
        self.name = name  # type: ignore[assignment]
        self.description = description
        self.storage_file_ids = storage_file_ids
        self.source_urls = source_urls

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = src_dict if type(src_dict) is dict else as_object(src_dict, "PostRagsBody")
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("name")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostRagsBody", "name", "str", v)
        self.name = v
        v = get("description")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostRagsBody", "description", "str", v)
        self.description = v
        v = get("storage_file_ids")
        if v is not None:
            v = str_list(v, "PostRagsBody", "storage_file_ids")
        self.storage_file_ids = v
        v = get("source_urls")
        if v is not None:
            v = str_list(v, "PostRagsBody", "source_urls")
        self.source_urls = v
        return self
