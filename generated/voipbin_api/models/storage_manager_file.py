from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.storage_manager_file_reference_type import StorageManagerFileReferenceType
from ..models.storage_manager_file_type import StorageManagerFileType
from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="StorageManagerFile")


@_attrs_define
class StorageManagerFile:
    """
    Attributes:
        id (UUID | Unset): The unique identifier of the file. Returned from the `POST /storage_files` or `GET
            /storage_files` response. Example: 550e8400-e29b-41d4-a716-446655440000.
        customer_id (UUID | Unset): The unique identifier of the customer who owns this file. Returned from the `GET
            /customers` response. Example: 7c4d2f3a-1b8e-4f5c-9a6d-3e2f1a0b4c5d.
        owner_type (str | Unset): Type of the resource owner (e.g., agent). Example: agent.
        owner_id (UUID | Unset): The unique identifier of the resource that owns this file (e.g., an agent or a call).
            Returned from the corresponding owner resource endpoint. Example: d4e5f6a7-b8c9-0d1e-2f3a-4b5c6d7e8f90.
        reference_type (StorageManagerFileReferenceType | Unset): The reference type of the file. Example: recording.
        reference_id (UUID | Unset): The unique identifier of the referenced resource. Returned from the corresponding
            resource endpoint. Example: a1b2c3d4-e5f6-7890-abcd-ef1234567890.
        type_ (StorageManagerFileType | Unset): The type/category of the file. Indicates the purpose of the uploaded
            file. Example: rag.
        name (str | Unset): The name of the file. Example: meeting-recording.wav.
        detail (str | Unset): The details of the file. Example: Recording of the sales meeting.
        filename (str | Unset): The filename of the file. Example: 550e8400-e29b-41d4-a716-446655440000.wav.
        filesize (int | Unset): The size of the file in bytes. Example: 5242880.
        uri_download (str | Unset): The URI for downloading the file. Example:
            https://storage.voipbin.net/files/550e8400-e29b-41d4-a716-446655440000.wav.
        tm_download_expire (datetime.datetime | None | Unset): Timestamp when the download link expires. Example:
            2026-02-15T09:30:00.000000Z.
        tm_create (datetime.datetime | None | Unset): The creation timestamp. Example: 2026-01-15T09:30:00.000000Z.
        tm_update (datetime.datetime | None | Unset): The last update timestamp. Example: 2026-01-16T14:20:00.000000Z.
        tm_delete (datetime.datetime | None | Unset): The deletion timestamp. Example: 2026-01-17T18:45:00.000000Z.
    """

    id: UUID | Unset = UNSET
    customer_id: UUID | Unset = UNSET
    owner_type: str | Unset = UNSET
    owner_id: UUID | Unset = UNSET
    reference_type: StorageManagerFileReferenceType | Unset = UNSET
    reference_id: UUID | Unset = UNSET
    type_: StorageManagerFileType | Unset = UNSET
    name: str | Unset = UNSET
    detail: str | Unset = UNSET
    filename: str | Unset = UNSET
    filesize: int | Unset = UNSET
    uri_download: str | Unset = UNSET
    tm_download_expire: datetime.datetime | None | Unset = UNSET
    tm_create: datetime.datetime | None | Unset = UNSET
    tm_update: datetime.datetime | None | Unset = UNSET
    tm_delete: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        customer_id: str | Unset = UNSET
        if not isinstance(self.customer_id, Unset):
            customer_id = str(self.customer_id)

        owner_type = self.owner_type

        owner_id: str | Unset = UNSET
        if not isinstance(self.owner_id, Unset):
            owner_id = str(self.owner_id)

        reference_type: str | Unset = UNSET
        if not isinstance(self.reference_type, Unset):
            reference_type = self.reference_type.value

        reference_id: str | Unset = UNSET
        if not isinstance(self.reference_id, Unset):
            reference_id = str(self.reference_id)

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        name = self.name

        detail = self.detail

        filename = self.filename

        filesize = self.filesize

        uri_download = self.uri_download

        tm_download_expire: None | str | Unset
        if isinstance(self.tm_download_expire, Unset):
            tm_download_expire = UNSET
        elif isinstance(self.tm_download_expire, datetime.datetime):
            tm_download_expire = self.tm_download_expire.isoformat()
        else:
            tm_download_expire = self.tm_download_expire

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

        tm_delete: None | str | Unset
        if isinstance(self.tm_delete, Unset):
            tm_delete = UNSET
        elif isinstance(self.tm_delete, datetime.datetime):
            tm_delete = self.tm_delete.isoformat()
        else:
            tm_delete = self.tm_delete

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if owner_type is not UNSET:
            field_dict["owner_type"] = owner_type
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id
        if reference_type is not UNSET:
            field_dict["reference_type"] = reference_type
        if reference_id is not UNSET:
            field_dict["reference_id"] = reference_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if name is not UNSET:
            field_dict["name"] = name
        if detail is not UNSET:
            field_dict["detail"] = detail
        if filename is not UNSET:
            field_dict["filename"] = filename
        if filesize is not UNSET:
            field_dict["filesize"] = filesize
        if uri_download is not UNSET:
            field_dict["uri_download"] = uri_download
        if tm_download_expire is not UNSET:
            field_dict["tm_download_expire"] = tm_download_expire
        if tm_create is not UNSET:
            field_dict["tm_create"] = tm_create
        if tm_update is not UNSET:
            field_dict["tm_update"] = tm_update
        if tm_delete is not UNSET:
            field_dict["tm_delete"] = tm_delete

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

        owner_type = d.pop("owner_type", UNSET)

        _owner_id = d.pop("owner_id", UNSET)
        owner_id: UUID | Unset
        if isinstance(_owner_id, Unset):
            owner_id = UNSET
        else:
            owner_id = UUID(_owner_id)

        _reference_type = d.pop("reference_type", UNSET)
        reference_type: StorageManagerFileReferenceType | Unset
        if isinstance(_reference_type, Unset):
            reference_type = UNSET
        else:
            reference_type = StorageManagerFileReferenceType(_reference_type)

        _reference_id = d.pop("reference_id", UNSET)
        reference_id: UUID | Unset
        if isinstance(_reference_id, Unset):
            reference_id = UNSET
        else:
            reference_id = UUID(_reference_id)

        _type_ = d.pop("type", UNSET)
        type_: StorageManagerFileType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = StorageManagerFileType(_type_)

        name = d.pop("name", UNSET)

        detail = d.pop("detail", UNSET)

        filename = d.pop("filename", UNSET)

        filesize = d.pop("filesize", UNSET)

        uri_download = d.pop("uri_download", UNSET)

        def _parse_tm_download_expire(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"tm_download_expire: unexpected {type(data).__name__}")
            tm_download_expire_type_0 = parse_datetime(data)

            return tm_download_expire_type_0

        tm_download_expire = _parse_tm_download_expire(
            d.pop("tm_download_expire", UNSET)
        )

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

        def _parse_tm_delete(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"tm_delete: unexpected {type(data).__name__}")
            tm_delete_type_0 = parse_datetime(data)

            return tm_delete_type_0

        tm_delete = _parse_tm_delete(d.pop("tm_delete", UNSET))

        storage_manager_file = cls(
            id=id,
            customer_id=customer_id,
            owner_type=owner_type,
            owner_id=owner_id,
            reference_type=reference_type,
            reference_id=reference_id,
            type_=type_,
            name=name,
            detail=detail,
            filename=filename,
            filesize=filesize,
            uri_download=uri_download,
            tm_download_expire=tm_download_expire,
            tm_create=tm_create,
            tm_update=tm_update,
            tm_delete=tm_delete,
        )

        storage_manager_file.additional_properties = d
        return storage_manager_file

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
