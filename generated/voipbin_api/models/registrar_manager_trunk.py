from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.registrar_manager_auth_type import RegistrarManagerAuthType
from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="RegistrarManagerTrunk")


@_attrs_define
class RegistrarManagerTrunk:
    """
    Attributes:
        id (UUID | Unset): The unique identifier of the trunk. Returned from the `POST /trunks` or `GET /trunks`
            response. Example: 550e8400-e29b-41d4-a716-446655440000.
        customer_id (UUID | Unset): The unique identifier of the customer who owns this trunk. Returned from the `GET
            /customers` response. Example: 7c4d2f3a-1b8e-4f5c-9a6d-3e2f1a0b4c5d.
        name (str | Unset): Display name of the trunk. Example: Primary SIP Trunk.
        detail (str | Unset): Detailed description of the trunk. Example: Main SIP trunk for outbound calls.
        domain_name (str | Unset): The SIP domain for this trunk. Example: sip.example.com.
        auth_types (list[RegistrarManagerAuthType] | None | Unset): List of authentication methods for this trunk.
            Example: ['basic'].
        username (str | Unset): The SIP username for authentication. Example: trunk_user.
        password (str | Unset): The SIP password for authentication. Example: s3cur3P@ss.
        allowed_ips (list[str] | None | Unset): List of IP addresses allowed for IP-based authentication. Example:
            ['203.0.113.10', '203.0.113.11'].
        tm_create (datetime.datetime | None | Unset): The creation timestamp. Example: 2026-01-15T09:30:00.000000Z.
        tm_update (datetime.datetime | None | Unset): The last update timestamp. Example: 2026-01-16T14:20:00.000000Z.
        tm_delete (datetime.datetime | None | Unset): The deletion timestamp. Example: 2026-01-17T18:45:00.000000Z.
    """

    id: UUID | Unset = UNSET
    customer_id: UUID | Unset = UNSET
    name: str | Unset = UNSET
    detail: str | Unset = UNSET
    domain_name: str | Unset = UNSET
    auth_types: list[RegistrarManagerAuthType] | None | Unset = UNSET
    username: str | Unset = UNSET
    password: str | Unset = UNSET
    allowed_ips: list[str] | None | Unset = UNSET
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

        domain_name = self.domain_name

        auth_types: list[str] | None | Unset
        if isinstance(self.auth_types, Unset):
            auth_types = UNSET
        elif isinstance(self.auth_types, list):
            auth_types = []
            for auth_types_type_0_item_data in self.auth_types:
                auth_types_type_0_item = auth_types_type_0_item_data.value
                auth_types.append(auth_types_type_0_item)

        else:
            auth_types = self.auth_types

        username = self.username

        password = self.password

        allowed_ips: list[str] | None | Unset
        if isinstance(self.allowed_ips, Unset):
            allowed_ips = UNSET
        elif isinstance(self.allowed_ips, list):
            allowed_ips = self.allowed_ips

        else:
            allowed_ips = self.allowed_ips

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
        if domain_name is not UNSET:
            field_dict["domain_name"] = domain_name
        if auth_types is not UNSET:
            field_dict["auth_types"] = auth_types
        if username is not UNSET:
            field_dict["username"] = username
        if password is not UNSET:
            field_dict["password"] = password
        if allowed_ips is not UNSET:
            field_dict["allowed_ips"] = allowed_ips
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

        domain_name = d.pop("domain_name", UNSET)

        def _parse_auth_types(
            data: object,
        ) -> list[RegistrarManagerAuthType] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError(f"auth_types: unexpected {type(data).__name__}")
            auth_types_type_0 = []
            _auth_types_type_0 = data
            for auth_types_type_0_item_data in _auth_types_type_0:
                auth_types_type_0_item = RegistrarManagerAuthType(
                    auth_types_type_0_item_data
                )

                auth_types_type_0.append(auth_types_type_0_item)

            return auth_types_type_0

        auth_types = _parse_auth_types(d.pop("auth_types", UNSET))

        username = d.pop("username", UNSET)

        password = d.pop("password", UNSET)

        def _parse_allowed_ips(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError(f"allowed_ips: unexpected {type(data).__name__}")
            allowed_ips_type_0 = cast(list[str], data)

            return allowed_ips_type_0

        allowed_ips = _parse_allowed_ips(d.pop("allowed_ips", UNSET))

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

        registrar_manager_trunk = cls(
            id=id,
            customer_id=customer_id,
            name=name,
            detail=detail,
            domain_name=domain_name,
            auth_types=auth_types,
            username=username,
            password=password,
            allowed_ips=allowed_ips,
            tm_create=tm_create,
            tm_update=tm_update,
            tm_delete=tm_delete,
        )

        registrar_manager_trunk.additional_properties = d
        return registrar_manager_trunk

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
