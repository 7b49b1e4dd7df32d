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
    new_model,
    timestamp,
)


class StorageAccount(Model):
    """Attributes:
    id (str): The unique identifier of the storage account. Returned from the `GET /storage_accounts` response.
    customer_id (str): The unique identifier of the customer who owns this storage account. Returned from the
        `GET /customers` response.
    total_file_count (int): The total number of files in the account.
    total_file_size (int): The total file size in bytes.
    tm_create (datetime.datetime | None): The creation timestamp.
    tm_update (datetime.datetime | None): The last update timestamp.
    tm_delete (datetime.datetime | None): The deletion timestamp.
    """

    __slots__ = (
        "customer_id",
        "id",
        "tm_create",
        "tm_delete",
        "tm_update",
        "total_file_count",
        "total_file_size",
    )
    _fields = (
        ("id", "id"),
        ("customer_id", "customer_id"),
        ("total_file_count", "total_file_count"),
        ("total_file_size", "total_file_size"),
        ("tm_create", "tm_create"),
        ("tm_update", "tm_update"),
        ("tm_delete", "tm_delete"),
    )
    _wire_names = frozenset(
        {
            "id",
            "customer_id",
            "total_file_count",
            "total_file_size",
            "tm_create",
            "tm_update",
            "tm_delete",
        }
    )

    id: str
    customer_id: str
    total_file_count: int
    total_file_size: int
    tm_create: datetime.datetime | None
    tm_update: datetime.datetime | None
    tm_delete: datetime.datetime | None

    def __init__(
        self,
        *,
        id: str | None = None,
        customer_id: str | None = None,
        total_file_count: int | None = None,
        total_file_size: int | None = None,
        tm_create: datetime.datetime | None = None,
        tm_update: datetime.datetime | None = None,
        tm_delete: datetime.datetime | None = None,
    ) -> None:
        self._data = {}
        self.id = id  # type: ignore[assignment]
        self.customer_id = customer_id  # type: ignore[assignment]
        self.total_file_count = total_file_count  # type: ignore[assignment]
        self.total_file_size = total_file_size  # type: ignore[assignment]
        self.tm_create = tm_create
        self.tm_update = tm_update
        self.tm_delete = tm_delete

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "StorageAccount")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("StorageAccount", "id", "str", v)
        self.id = v
        v = get("customer_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("StorageAccount", "customer_id", "str", v)
        self.customer_id = v
        v = get("total_file_count")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("StorageAccount", "total_file_count", "int", v)
        self.total_file_count = v
        v = get("total_file_size")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("StorageAccount", "total_file_size", "int", v)
        self.total_file_size = v
        v = get("tm_create")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "StorageAccount", "tm_create")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_create = v
        v = get("tm_update")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "StorageAccount", "tm_update")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_update = v
        v = get("tm_delete")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "StorageAccount", "tm_delete")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_delete = v
        return self
