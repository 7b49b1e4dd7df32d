from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    Model,
    as_object,
    new_model,
    str_list,
)


class PostRagsIdSourcesBody(Model):
    """Attributes:
    storage_file_ids (list[str] | None): List of storage file IDs to ingest. Obtained from the `id` field of
        `POST /storage_files` response.
    source_urls (list[str] | None): List of URLs to fetch and ingest as documents.
    """

    __slots__ = ("source_urls", "storage_file_ids")
    _fields = (
        ("storage_file_ids", "storage_file_ids"),
        ("source_urls", "source_urls"),
    )
    _wire_names = frozenset(
        {
            "storage_file_ids",
            "source_urls",
        }
    )

    storage_file_ids: list[str] | None
    source_urls: list[str] | None

    def __init__(
        self,
        *,
        storage_file_ids: list[str] | None = None,
        source_urls: list[str] | None = None,
    ) -> None:
        self._data = {}
        self.storage_file_ids = storage_file_ids
        self.source_urls = source_urls

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "PostRagsIdSourcesBody")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("storage_file_ids")
        if v is not None:
            v = str_list(v, "PostRagsIdSourcesBody", "storage_file_ids")
        self.storage_file_ids = v
        v = get("source_urls")
        if v is not None:
            v = str_list(v, "PostRagsIdSourcesBody", "source_urls")
        self.source_urls = v
        return self
