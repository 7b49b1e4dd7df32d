from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="OutdialManagerOutdial")


@_attrs_define
class OutdialManagerOutdial:
    """
    Attributes:
        id (UUID | Unset): The unique identifier for the outdial. Example: 3c4d5e6f-7a8b-9012-cdef-012345678901.
        customer_id (UUID | Unset): The unique identifier for the customer associated with the outdial. Returned from
            the `GET /customers` response. Example: 7c4d2f3a-1b8e-4f5c-9a6d-3e2f1a0b4c5d.
        campaign_id (UUID | Unset): The unique identifier of the campaign. Returned from the `POST /campaigns` or `GET
            /campaigns` response. Example: c3d4e5f6-a7b8-9012-3456-7890abcdef01.
        name (str | Unset): The name of the outdial. Example: Q1 Target List.
        detail (str | Unset): The detailed description of the outdial. Example: Outbound dial list for Q1 campaign.
        data (str | Unset): The data associated with the outdial. Example: custom-data.
        tm_create (datetime.datetime | None | Unset): Timestamp when the outdial was created. Example:
            2026-01-15T09:30:00.000000Z.
        tm_update (datetime.datetime | None | Unset): Timestamp when the outdial was last updated. Example:
            2026-01-15T09:30:00.000000Z.
        tm_delete (datetime.datetime | None | Unset): Timestamp when the outdial was deleted. Example:
            2026-01-15T09:30:00.000000Z.
    """

    id: UUID | Unset = UNSET
    customer_id: UUID | Unset = UNSET
    campaign_id: UUID | Unset = UNSET
    name: str | Unset = UNSET
    detail: str | Unset = UNSET
    data: str | Unset = UNSET
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

        campaign_id: str | Unset = UNSET
        if not isinstance(self.campaign_id, Unset):
            campaign_id = str(self.campaign_id)

        name = self.name

        detail = self.detail

        data = self.data

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
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if name is not UNSET:
            field_dict["name"] = name
        if detail is not UNSET:
            field_dict["detail"] = detail
        if data is not UNSET:
            field_dict["data"] = data
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

        _campaign_id = d.pop("campaign_id", UNSET)
        campaign_id: UUID | Unset
        if isinstance(_campaign_id, Unset):
            campaign_id = UNSET
        else:
            campaign_id = UUID(_campaign_id)

        name = d.pop("name", UNSET)

        detail = d.pop("detail", UNSET)

        data = d.pop("data", UNSET)

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

        outdial_manager_outdial = cls(
            id=id,
            customer_id=customer_id,
            campaign_id=campaign_id,
            name=name,
            detail=detail,
            data=data,
            tm_create=tm_create,
            tm_update=tm_update,
            tm_delete=tm_delete,
        )

        outdial_manager_outdial.additional_properties = d
        return outdial_manager_outdial

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
