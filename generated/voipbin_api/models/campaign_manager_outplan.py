from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.common_address import CommonAddress


T = TypeVar("T", bound="CampaignManagerOutplan")


@_attrs_define
class CampaignManagerOutplan:
    """
    Attributes:
        id (UUID | Unset): The unique identifier of the outplan. Example: 2b3c4d5e-6f7a-8901-bcde-f12345678901.
        customer_id (UUID | Unset): The unique identifier of the customer. Returned from the `GET /customers` response.
            Example: 7c4d2f3a-1b8e-4f5c-9a6d-3e2f1a0b4c5d.
        name (str | Unset): Name of the outplan. Example: Standard Outbound Plan.
        detail (str | Unset): Detailed information about the outplan. Example: Default outbound dialing plan for
            campaigns.
        source (CommonAddress | None | Unset): Source address for outbound calls.
        dial_timeout (int | Unset): Dial timeout in milliseconds. Example: 30000.
        try_interval (int | Unset): Interval between dialing attempts in milliseconds. Example: 60000.
        max_try_count_0 (int | Unset): Maximum number of tries for level 0. Example: 3.
        max_try_count_1 (int | Unset): Maximum number of tries for level 1. Example: 2.
        max_try_count_2 (int | Unset): Maximum number of tries for level 2. Example: 1.
        max_try_count_3 (int | Unset): Maximum number of tries for level 3. Example: 1.
        max_try_count_4 (int | Unset): Maximum number of tries for level 4. Example: 1.
        tm_create (datetime.datetime | None | Unset): Timestamp when the outplan was created. Example:
            2026-01-15T09:30:00.000000Z.
        tm_update (datetime.datetime | None | Unset): Timestamp when the outplan was last updated. Example:
            2026-01-15T09:30:00.000000Z.
        tm_delete (datetime.datetime | None | Unset): Timestamp when the outplan was deleted. Example:
            2026-01-15T09:30:00.000000Z.
    """

    id: UUID | Unset = UNSET
    customer_id: UUID | Unset = UNSET
    name: str | Unset = UNSET
    detail: str | Unset = UNSET
    source: CommonAddress | None | Unset = UNSET
    dial_timeout: int | Unset = UNSET
    try_interval: int | Unset = UNSET
    max_try_count_0: int | Unset = UNSET
    max_try_count_1: int | Unset = UNSET
    max_try_count_2: int | Unset = UNSET
    max_try_count_3: int | Unset = UNSET
    max_try_count_4: int | Unset = UNSET
    tm_create: datetime.datetime | None | Unset = UNSET
    tm_update: datetime.datetime | None | Unset = UNSET
    tm_delete: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.common_address import CommonAddress

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        customer_id: str | Unset = UNSET
        if not isinstance(self.customer_id, Unset):
            customer_id = str(self.customer_id)

        name = self.name

        detail = self.detail

        source: dict[str, Any] | None | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        elif isinstance(self.source, CommonAddress):
            source = self.source.to_dict()
        else:
            source = self.source

        dial_timeout = self.dial_timeout

        try_interval = self.try_interval

        max_try_count_0 = self.max_try_count_0

        max_try_count_1 = self.max_try_count_1

        max_try_count_2 = self.max_try_count_2

        max_try_count_3 = self.max_try_count_3

        max_try_count_4 = self.max_try_count_4

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
        if source is not UNSET:
            field_dict["source"] = source
        if dial_timeout is not UNSET:
            field_dict["dial_timeout"] = dial_timeout
        if try_interval is not UNSET:
            field_dict["try_interval"] = try_interval
        if max_try_count_0 is not UNSET:
            field_dict["max_try_count_0"] = max_try_count_0
        if max_try_count_1 is not UNSET:
            field_dict["max_try_count_1"] = max_try_count_1
        if max_try_count_2 is not UNSET:
            field_dict["max_try_count_2"] = max_try_count_2
        if max_try_count_3 is not UNSET:
            field_dict["max_try_count_3"] = max_try_count_3
        if max_try_count_4 is not UNSET:
            field_dict["max_try_count_4"] = max_try_count_4
        if tm_create is not UNSET:
            field_dict["tm_create"] = tm_create
        if tm_update is not UNSET:
            field_dict["tm_update"] = tm_update
        if tm_delete is not UNSET:
            field_dict["tm_delete"] = tm_delete

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.common_address import CommonAddress

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

        def _parse_source(data: object) -> CommonAddress | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(f"source: unexpected {type(data).__name__}")
            source_type_1 = CommonAddress.from_dict(data)

            return source_type_1

        source = _parse_source(d.pop("source", UNSET))

        dial_timeout = d.pop("dial_timeout", UNSET)

        try_interval = d.pop("try_interval", UNSET)

        max_try_count_0 = d.pop("max_try_count_0", UNSET)

        max_try_count_1 = d.pop("max_try_count_1", UNSET)

        max_try_count_2 = d.pop("max_try_count_2", UNSET)

        max_try_count_3 = d.pop("max_try_count_3", UNSET)

        max_try_count_4 = d.pop("max_try_count_4", UNSET)

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

        campaign_manager_outplan = cls(
            id=id,
            customer_id=customer_id,
            name=name,
            detail=detail,
            source=source,
            dial_timeout=dial_timeout,
            try_interval=try_interval,
            max_try_count_0=max_try_count_0,
            max_try_count_1=max_try_count_1,
            max_try_count_2=max_try_count_2,
            max_try_count_3=max_try_count_3,
            max_try_count_4=max_try_count_4,
            tm_create=tm_create,
            tm_update=tm_update,
            tm_delete=tm_delete,
        )

        campaign_manager_outplan.additional_properties = d
        return campaign_manager_outplan

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
