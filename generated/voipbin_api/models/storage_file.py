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
    open_enum,
    timestamp,
)


class StorageFile(Model):
    """Attributes:
    id (str): The unique identifier of the file. Returned from the `POST /storage_files` or `GET /storage_files`
        response.
    customer_id (str): The unique identifier of the customer who owns this file. Returned from the `GET
        /customers` response.
    owner_type (str): Type of the resource owner (e.g., agent).
    owner_id (str): The unique identifier of the resource that owns this file (e.g., an agent or a call).
        Returned from the corresponding owner resource endpoint.
    reference_type (FileReferenceType): The reference type of the file.
    reference_id (str): The unique identifier of the referenced resource. Returned from the corresponding
        resource endpoint.
    type (FileType): The type/category of the file. Indicates the purpose of the uploaded file.
    name (str): The name of the file.
    detail (str): The details of the file.
    filename (str): The filename of the file.
    filesize (int): The size of the file in bytes.
    uri_download (str): The URI for downloading the file.
    tm_download_expire (datetime.datetime | None): Timestamp when the download link expires.
    tm_create (datetime.datetime | None): The creation timestamp.
    tm_update (datetime.datetime | None): The last update timestamp.
    tm_delete (datetime.datetime | None): The deletion timestamp.
    """

    __slots__ = (
        "customer_id",
        "detail",
        "filename",
        "filesize",
        "id",
        "name",
        "owner_id",
        "owner_type",
        "reference_id",
        "reference_type",
        "tm_create",
        "tm_delete",
        "tm_download_expire",
        "tm_update",
        "type",
        "uri_download",
    )
    _fields = (
        ("id", "id"),
        ("customer_id", "customer_id"),
        ("owner_type", "owner_type"),
        ("owner_id", "owner_id"),
        ("reference_type", "reference_type"),
        ("reference_id", "reference_id"),
        ("type", "type"),
        ("name", "name"),
        ("detail", "detail"),
        ("filename", "filename"),
        ("filesize", "filesize"),
        ("uri_download", "uri_download"),
        ("tm_download_expire", "tm_download_expire"),
        ("tm_create", "tm_create"),
        ("tm_update", "tm_update"),
        ("tm_delete", "tm_delete"),
    )
    _wire_names = frozenset(
        {
            "id",
            "customer_id",
            "owner_type",
            "owner_id",
            "reference_type",
            "reference_id",
            "type",
            "name",
            "detail",
            "filename",
            "filesize",
            "uri_download",
            "tm_download_expire",
            "tm_create",
            "tm_update",
            "tm_delete",
        }
    )

    id: str
    customer_id: str
    owner_type: str
    owner_id: str
    reference_type: FileReferenceType
    reference_id: str
    type: FileType
    name: str
    detail: str
    filename: str
    filesize: int
    uri_download: str
    tm_download_expire: datetime.datetime | None
    tm_create: datetime.datetime | None
    tm_update: datetime.datetime | None
    tm_delete: datetime.datetime | None

    def __init__(
        self,
        *,
        id: str | None = None,
        customer_id: str | None = None,
        owner_type: str | None = None,
        owner_id: str | None = None,
        reference_type: FileReferenceType | None = None,
        reference_id: str | None = None,
        type: FileType | None = None,
        name: str | None = None,
        detail: str | None = None,
        filename: str | None = None,
        filesize: int | None = None,
        uri_download: str | None = None,
        tm_download_expire: datetime.datetime | None = None,
        tm_create: datetime.datetime | None = None,
        tm_update: datetime.datetime | None = None,
        tm_delete: datetime.datetime | None = None,
    ) -> None:
        self._data = {}
        self.id = id  # type: ignore[assignment]
        self.customer_id = customer_id  # type: ignore[assignment]
        self.owner_type = owner_type  # type: ignore[assignment]
        self.owner_id = owner_id  # type: ignore[assignment]
        self.reference_type = reference_type  # type: ignore[assignment]
        self.reference_id = reference_id  # type: ignore[assignment]
        self.type = type  # type: ignore[assignment]
        self.name = name  # type: ignore[assignment]
        self.detail = detail  # type: ignore[assignment]
        self.filename = filename  # type: ignore[assignment]
        self.filesize = filesize  # type: ignore[assignment]
        self.uri_download = uri_download  # type: ignore[assignment]
        self.tm_download_expire = tm_download_expire
        self.tm_create = tm_create
        self.tm_update = tm_update
        self.tm_delete = tm_delete

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = src_dict if type(src_dict) is dict else as_object(src_dict, "StorageFile")
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("StorageFile", "id", "str", v)
        self.id = v
        v = get("customer_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("StorageFile", "customer_id", "str", v)
        self.customer_id = v
        v = get("owner_type")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("StorageFile", "owner_type", "str", v)
        self.owner_type = v
        v = get("owner_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("StorageFile", "owner_id", "str", v)
        self.owner_id = v
        v = get("reference_type")
        if v is not None:
            m = FileReferenceType._value2member_map_.get(v) if type(v) is str else None
            v = (
                open_enum(FileReferenceType, v, "StorageFile", "reference_type")
                if m is None
                else m
            )
        self.reference_type = v
        v = get("reference_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("StorageFile", "reference_id", "str", v)
        self.reference_id = v
        v = get("type")
        if v is not None:
            m = FileType._value2member_map_.get(v) if type(v) is str else None
            v = open_enum(FileType, v, "StorageFile", "type") if m is None else m
        self.type = v
        v = get("name")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("StorageFile", "name", "str", v)
        self.name = v
        v = get("detail")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("StorageFile", "detail", "str", v)
        self.detail = v
        v = get("filename")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("StorageFile", "filename", "str", v)
        self.filename = v
        v = get("filesize")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("StorageFile", "filesize", "int", v)
        self.filesize = v
        v = get("uri_download")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("StorageFile", "uri_download", "str", v)
        self.uri_download = v
        v = get("tm_download_expire")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "StorageFile", "tm_download_expire")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_download_expire = v
        v = get("tm_create")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "StorageFile", "tm_create")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_create = v
        v = get("tm_update")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "StorageFile", "tm_update")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_update = v
        v = get("tm_delete")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "StorageFile", "tm_delete")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_delete = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.file_reference_type import FileReferenceType
from ..models.file_type import FileType
