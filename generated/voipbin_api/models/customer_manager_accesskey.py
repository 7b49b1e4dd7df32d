from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="CustomerManagerAccesskey")


@_attrs_define
class CustomerManagerAccesskey:
    """
    Attributes:
        id (UUID | Unset): The unique identifier of the access key. Example: 550e8400-e29b-41d4-a716-446655440000.
        customer_id (UUID | Unset): The unique identifier of the customer. Returned from the `GET /customers` response.
            Example: 7c4d2f3a-1b8e-4f5c-9a6d-3e2f1a0b4c5d.
        name (str | Unset): Name of the access key. Example: Production API Key.
        detail (str | Unset): Additional details about the access key. Example: API key for production environment.
        token (str | Unset): The access key token. Only returned once at creation time via `POST /accesskeys`.
            Subsequent `GET` requests will not include this field. Store it securely immediately after creation. Example:
            vb_a3Bf9xKmPq2nR7sT4wYzLp8mN5qR1xWe.
        token_prefix (str | Unset): A short prefix of the access key token for identification purposes. Always returned
            in `GET` responses. Example: vb_a3Bf9xKm.
        tm_expire (datetime.datetime | None | Unset): Timestamp when the access key expires. Example:
            2027-01-15T09:30:00.000000Z.
        tm_create (datetime.datetime | None | Unset): Timestamp when the access key was created. Example:
            2026-01-15T09:30:00.000000Z.
        tm_update (datetime.datetime | None | Unset): Timestamp when the access key was last updated. Example:
            2026-01-15T09:30:00.000000Z.
        tm_delete (datetime.datetime | None | Unset): Timestamp when the access key was deleted. Example:
            2026-01-15T09:30:00.000000Z.
    """

    id: UUID | Unset = UNSET
    customer_id: UUID | Unset = UNSET
    name: str | Unset = UNSET
    detail: str | Unset = UNSET
    token: str | Unset = UNSET
    token_prefix: str | Unset = UNSET
    tm_expire: datetime.datetime | None | Unset = UNSET
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

        name = self.name

        detail = self.detail

        token = self.token

        token_prefix = self.token_prefix

        tm_expire: None | str | Unset
        if isinstance(self.tm_expire, Unset):
            tm_expire = UNSET
        elif isinstance(self.tm_expire, datetime.datetime):
            tm_expire = self.tm_expire.isoformat()
        else:
            tm_expire = self.tm_expire

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
        if name is not UNSET:
            field_dict["name"] = name
        if detail is not UNSET:
            field_dict["detail"] = detail
        if token is not UNSET:
            field_dict["token"] = token
        if token_prefix is not UNSET:
            field_dict["token_prefix"] = token_prefix
        if tm_expire is not UNSET:
            field_dict["tm_expire"] = tm_expire
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

        name = d.pop("name", UNSET)

        detail = d.pop("detail", UNSET)

        token = d.pop("token", UNSET)

        token_prefix = d.pop("token_prefix", UNSET)

        def _parse_tm_expire(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"tm_expire: unexpected {type(data).__name__}")
            tm_expire_type_0 = parse_datetime(data)

            return tm_expire_type_0

        tm_expire = _parse_tm_expire(d.pop("tm_expire", UNSET))

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

        customer_manager_accesskey = cls(
            id=id,
            customer_id=customer_id,
            name=name,
            detail=detail,
            token=token,
            token_prefix=token_prefix,
            tm_expire=tm_expire,
            tm_create=tm_create,
            tm_update=tm_update,
            tm_delete=tm_delete,
        )

        customer_manager_accesskey.additional_properties = d
        return customer_manager_accesskey

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
