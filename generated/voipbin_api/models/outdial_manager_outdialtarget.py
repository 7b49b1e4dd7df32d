from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.outdial_manager_outdialtarget_status import (
    OutdialManagerOutdialtargetStatus,
)
from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.common_address import CommonAddress


T = TypeVar("T", bound="OutdialManagerOutdialtarget")


@_attrs_define
class OutdialManagerOutdialtarget:
    """
    Attributes:
        id (UUID | Unset): The unique identifier for the outdial target. Example: 550e8400-e29b-41d4-a716-446655440000.
        outdial_id (UUID | Unset): The unique identifier of the outdial. Returned from the `POST /outdials` or `GET
            /outdials` response. Example: 3c4d5e6f-7a8b-9012-cdef-012345678901.
        name (str | Unset): The name of the outdial target. Example: John Smith.
        detail (str | Unset): Additional details about the outdial target. Example: Priority customer.
        data (str | Unset): The data associated with the outdial target. Example: vip-tag.
        status (OutdialManagerOutdialtargetStatus | Unset): The status of the outdial. Example: idle.
        destination_0 (CommonAddress | None | Unset): The destination address 0.
        destination_1 (CommonAddress | None | Unset): The destination address 1.
        destination_2 (CommonAddress | None | Unset): The destination address 2.
        destination_3 (CommonAddress | None | Unset): The destination address 3.
        destination_4 (CommonAddress | None | Unset): The destination address 4.
        try_count_0 (int | Unset): The try count for destination 0. Example: 0.
        try_count_1 (int | Unset): The try count for destination 1. Example: 0.
        try_count_2 (int | Unset): The try count for destination 2. Example: 0.
        try_count_3 (int | Unset): The try count for destination 3. Example: 0.
        try_count_4 (int | Unset): The try count for destination 4. Example: 0.
        tm_create (datetime.datetime | None | Unset): The creation timestamp. Example: 2026-01-15T09:30:00.000000Z.
        tm_update (datetime.datetime | None | Unset): The update timestamp. Example: 2026-01-15T09:30:00.000000Z.
        tm_delete (datetime.datetime | None | Unset): The deletion timestamp. Example: 2026-01-15T09:30:00.000000Z.
    """

    id: UUID | Unset = UNSET
    outdial_id: UUID | Unset = UNSET
    name: str | Unset = UNSET
    detail: str | Unset = UNSET
    data: str | Unset = UNSET
    status: OutdialManagerOutdialtargetStatus | Unset = UNSET
    destination_0: CommonAddress | None | Unset = UNSET
    destination_1: CommonAddress | None | Unset = UNSET
    destination_2: CommonAddress | None | Unset = UNSET
    destination_3: CommonAddress | None | Unset = UNSET
    destination_4: CommonAddress | None | Unset = UNSET
    try_count_0: int | Unset = UNSET
    try_count_1: int | Unset = UNSET
    try_count_2: int | Unset = UNSET
    try_count_3: int | Unset = UNSET
    try_count_4: int | Unset = UNSET
    tm_create: datetime.datetime | None | Unset = UNSET
    tm_update: datetime.datetime | None | Unset = UNSET
    tm_delete: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.common_address import CommonAddress

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        outdial_id: str | Unset = UNSET
        if not isinstance(self.outdial_id, Unset):
            outdial_id = str(self.outdial_id)

        name = self.name

        detail = self.detail

        data = self.data

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        destination_0: dict[str, Any] | None | Unset
        if isinstance(self.destination_0, Unset):
            destination_0 = UNSET
        elif isinstance(self.destination_0, CommonAddress):
            destination_0 = self.destination_0.to_dict()
        else:
            destination_0 = self.destination_0

        destination_1: dict[str, Any] | None | Unset
        if isinstance(self.destination_1, Unset):
            destination_1 = UNSET
        elif isinstance(self.destination_1, CommonAddress):
            destination_1 = self.destination_1.to_dict()
        else:
            destination_1 = self.destination_1

        destination_2: dict[str, Any] | None | Unset
        if isinstance(self.destination_2, Unset):
            destination_2 = UNSET
        elif isinstance(self.destination_2, CommonAddress):
            destination_2 = self.destination_2.to_dict()
        else:
            destination_2 = self.destination_2

        destination_3: dict[str, Any] | None | Unset
        if isinstance(self.destination_3, Unset):
            destination_3 = UNSET
        elif isinstance(self.destination_3, CommonAddress):
            destination_3 = self.destination_3.to_dict()
        else:
            destination_3 = self.destination_3

        destination_4: dict[str, Any] | None | Unset
        if isinstance(self.destination_4, Unset):
            destination_4 = UNSET
        elif isinstance(self.destination_4, CommonAddress):
            destination_4 = self.destination_4.to_dict()
        else:
            destination_4 = self.destination_4

        try_count_0 = self.try_count_0

        try_count_1 = self.try_count_1

        try_count_2 = self.try_count_2

        try_count_3 = self.try_count_3

        try_count_4 = self.try_count_4

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
        if outdial_id is not UNSET:
            field_dict["outdial_id"] = outdial_id
        if name is not UNSET:
            field_dict["name"] = name
        if detail is not UNSET:
            field_dict["detail"] = detail
        if data is not UNSET:
            field_dict["data"] = data
        if status is not UNSET:
            field_dict["status"] = status
        if destination_0 is not UNSET:
            field_dict["destination_0"] = destination_0
        if destination_1 is not UNSET:
            field_dict["destination_1"] = destination_1
        if destination_2 is not UNSET:
            field_dict["destination_2"] = destination_2
        if destination_3 is not UNSET:
            field_dict["destination_3"] = destination_3
        if destination_4 is not UNSET:
            field_dict["destination_4"] = destination_4
        if try_count_0 is not UNSET:
            field_dict["try_count_0"] = try_count_0
        if try_count_1 is not UNSET:
            field_dict["try_count_1"] = try_count_1
        if try_count_2 is not UNSET:
            field_dict["try_count_2"] = try_count_2
        if try_count_3 is not UNSET:
            field_dict["try_count_3"] = try_count_3
        if try_count_4 is not UNSET:
            field_dict["try_count_4"] = try_count_4
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

        _outdial_id = d.pop("outdial_id", UNSET)
        outdial_id: UUID | Unset
        if isinstance(_outdial_id, Unset):
            outdial_id = UNSET
        else:
            outdial_id = UUID(_outdial_id)

        name = d.pop("name", UNSET)

        detail = d.pop("detail", UNSET)

        data = d.pop("data", UNSET)

        _status = d.pop("status", UNSET)
        status: OutdialManagerOutdialtargetStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = OutdialManagerOutdialtargetStatus(_status)

        def _parse_destination_0(data: object) -> CommonAddress | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(f"destination_0: unexpected {type(data).__name__}")
            destination_0_type_1 = CommonAddress.from_dict(data)

            return destination_0_type_1

        destination_0 = _parse_destination_0(d.pop("destination_0", UNSET))

        def _parse_destination_1(data: object) -> CommonAddress | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(f"destination_1: unexpected {type(data).__name__}")
            destination_1_type_1 = CommonAddress.from_dict(data)

            return destination_1_type_1

        destination_1 = _parse_destination_1(d.pop("destination_1", UNSET))

        def _parse_destination_2(data: object) -> CommonAddress | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(f"destination_2: unexpected {type(data).__name__}")
            destination_2_type_1 = CommonAddress.from_dict(data)

            return destination_2_type_1

        destination_2 = _parse_destination_2(d.pop("destination_2", UNSET))

        def _parse_destination_3(data: object) -> CommonAddress | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(f"destination_3: unexpected {type(data).__name__}")
            destination_3_type_1 = CommonAddress.from_dict(data)

            return destination_3_type_1

        destination_3 = _parse_destination_3(d.pop("destination_3", UNSET))

        def _parse_destination_4(data: object) -> CommonAddress | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(f"destination_4: unexpected {type(data).__name__}")
            destination_4_type_1 = CommonAddress.from_dict(data)

            return destination_4_type_1

        destination_4 = _parse_destination_4(d.pop("destination_4", UNSET))

        try_count_0 = d.pop("try_count_0", UNSET)

        try_count_1 = d.pop("try_count_1", UNSET)

        try_count_2 = d.pop("try_count_2", UNSET)

        try_count_3 = d.pop("try_count_3", UNSET)

        try_count_4 = d.pop("try_count_4", UNSET)

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

        outdial_manager_outdialtarget = cls(
            id=id,
            outdial_id=outdial_id,
            name=name,
            detail=detail,
            data=data,
            status=status,
            destination_0=destination_0,
            destination_1=destination_1,
            destination_2=destination_2,
            destination_3=destination_3,
            destination_4=destination_4,
            try_count_0=try_count_0,
            try_count_1=try_count_1,
            try_count_2=try_count_2,
            try_count_3=try_count_3,
            try_count_4=try_count_4,
            tm_create=tm_create,
            tm_update=tm_update,
            tm_delete=tm_delete,
        )

        outdial_manager_outdialtarget.additional_properties = d
        return outdial_manager_outdialtarget

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
