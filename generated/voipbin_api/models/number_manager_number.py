from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.number_manager_number_status import NumberManagerNumberStatus
from ..models.number_manager_number_type import NumberManagerNumberType
from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.number_manager_metadata import NumberManagerMetadata


T = TypeVar("T", bound="NumberManagerNumber")


@_attrs_define
class NumberManagerNumber:
    """
    Attributes:
        id (UUID | Unset): The unique identifier for the number. Example: 550e8400-e29b-41d4-a716-446655440000.
        customer_id (UUID | Unset): The customer ID associated with the number. Returned from the `GET /customers`
            response. Example: 7c4d2f3a-1b8e-4f5c-9a6d-3e2f1a0b4c5d.
        number (str | Unset): The phone number in E.164 format (normal) or +899 format (virtual). Example: +14155551234.
        type_ (NumberManagerNumberType | Unset): The type of the number. Example: normal.
        call_flow_id (UUID | Unset): The unique identifier of the flow to execute for incoming calls. Returned from the
            `POST /flows` or `GET /flows` response. Example: a1b2c3d4-e5f6-7890-1234-567890abcdef.
        message_flow_id (UUID | Unset): The unique identifier of the flow to execute for incoming messages. Returned
            from the `POST /flows` or `GET /flows` response. Example: a1b2c3d4-e5f6-7890-1234-567890abcdef.
        name (str | Unset): The name of the number. Example: Main Support Line.
        detail (str | Unset): Additional details about the number. Example: Primary inbound number for customer support.
        status (NumberManagerNumberStatus | Unset): The status of the number. Example: active.
        t38_enabled (bool | Unset): Whether T38 is enabled for the number. Example: False.
        emergency_enabled (bool | Unset): Whether emergency services are enabled for the number. Example: False.
        metadata (NumberManagerMetadata | Unset): Configuration flags for a number. Controls platform behavior
            such as RTP packet capture for debugging audio issues on this specific number.
            Updatable by CustomerAdmin or CustomerManager via `PUT /numbers/{id}/metadata`.
        tm_purchase (datetime.datetime | None | Unset): The timestamp of when the number was purchased. Example:
            2026-01-15T09:30:00.000000Z.
        tm_renew (datetime.datetime | None | Unset): The timestamp of when the number was renewed. Example:
            2026-01-15T09:30:00.000000Z.
        tm_create (datetime.datetime | None | Unset): The timestamp of when the number was created. Example:
            2026-01-15T09:30:00.000000Z.
        tm_update (datetime.datetime | None | Unset): The timestamp of when the number was last updated. Example:
            2026-01-15T09:30:00.000000Z.
        tm_delete (datetime.datetime | None | Unset): The timestamp of when the number was deleted. Example:
            2026-01-15T09:30:00.000000Z.
    """

    id: UUID | Unset = UNSET
    customer_id: UUID | Unset = UNSET
    number: str | Unset = UNSET
    type_: NumberManagerNumberType | Unset = UNSET
    call_flow_id: UUID | Unset = UNSET
    message_flow_id: UUID | Unset = UNSET
    name: str | Unset = UNSET
    detail: str | Unset = UNSET
    status: NumberManagerNumberStatus | Unset = UNSET
    t38_enabled: bool | Unset = UNSET
    emergency_enabled: bool | Unset = UNSET
    metadata: NumberManagerMetadata | Unset = UNSET
    tm_purchase: datetime.datetime | None | Unset = UNSET
    tm_renew: datetime.datetime | None | Unset = UNSET
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

        number = self.number

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        call_flow_id: str | Unset = UNSET
        if not isinstance(self.call_flow_id, Unset):
            call_flow_id = str(self.call_flow_id)

        message_flow_id: str | Unset = UNSET
        if not isinstance(self.message_flow_id, Unset):
            message_flow_id = str(self.message_flow_id)

        name = self.name

        detail = self.detail

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        t38_enabled = self.t38_enabled

        emergency_enabled = self.emergency_enabled

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        tm_purchase: None | str | Unset
        if isinstance(self.tm_purchase, Unset):
            tm_purchase = UNSET
        elif isinstance(self.tm_purchase, datetime.datetime):
            tm_purchase = self.tm_purchase.isoformat()
        else:
            tm_purchase = self.tm_purchase

        tm_renew: None | str | Unset
        if isinstance(self.tm_renew, Unset):
            tm_renew = UNSET
        elif isinstance(self.tm_renew, datetime.datetime):
            tm_renew = self.tm_renew.isoformat()
        else:
            tm_renew = self.tm_renew

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
        if number is not UNSET:
            field_dict["number"] = number
        if type_ is not UNSET:
            field_dict["type"] = type_
        if call_flow_id is not UNSET:
            field_dict["call_flow_id"] = call_flow_id
        if message_flow_id is not UNSET:
            field_dict["message_flow_id"] = message_flow_id
        if name is not UNSET:
            field_dict["name"] = name
        if detail is not UNSET:
            field_dict["detail"] = detail
        if status is not UNSET:
            field_dict["status"] = status
        if t38_enabled is not UNSET:
            field_dict["t38_enabled"] = t38_enabled
        if emergency_enabled is not UNSET:
            field_dict["emergency_enabled"] = emergency_enabled
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if tm_purchase is not UNSET:
            field_dict["tm_purchase"] = tm_purchase
        if tm_renew is not UNSET:
            field_dict["tm_renew"] = tm_renew
        if tm_create is not UNSET:
            field_dict["tm_create"] = tm_create
        if tm_update is not UNSET:
            field_dict["tm_update"] = tm_update
        if tm_delete is not UNSET:
            field_dict["tm_delete"] = tm_delete

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.number_manager_metadata import NumberManagerMetadata

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

        number = d.pop("number", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: NumberManagerNumberType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = NumberManagerNumberType(_type_)

        _call_flow_id = d.pop("call_flow_id", UNSET)
        call_flow_id: UUID | Unset
        if isinstance(_call_flow_id, Unset):
            call_flow_id = UNSET
        else:
            call_flow_id = UUID(_call_flow_id)

        _message_flow_id = d.pop("message_flow_id", UNSET)
        message_flow_id: UUID | Unset
        if isinstance(_message_flow_id, Unset):
            message_flow_id = UNSET
        else:
            message_flow_id = UUID(_message_flow_id)

        name = d.pop("name", UNSET)

        detail = d.pop("detail", UNSET)

        _status = d.pop("status", UNSET)
        status: NumberManagerNumberStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = NumberManagerNumberStatus(_status)

        t38_enabled = d.pop("t38_enabled", UNSET)

        emergency_enabled = d.pop("emergency_enabled", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: NumberManagerMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = NumberManagerMetadata.from_dict(_metadata)

        def _parse_tm_purchase(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"tm_purchase: unexpected {type(data).__name__}")
            tm_purchase_type_0 = parse_datetime(data)

            return tm_purchase_type_0

        tm_purchase = _parse_tm_purchase(d.pop("tm_purchase", UNSET))

        def _parse_tm_renew(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"tm_renew: unexpected {type(data).__name__}")
            tm_renew_type_0 = parse_datetime(data)

            return tm_renew_type_0

        tm_renew = _parse_tm_renew(d.pop("tm_renew", UNSET))

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

        number_manager_number = cls(
            id=id,
            customer_id=customer_id,
            number=number,
            type_=type_,
            call_flow_id=call_flow_id,
            message_flow_id=message_flow_id,
            name=name,
            detail=detail,
            status=status,
            t38_enabled=t38_enabled,
            emergency_enabled=emergency_enabled,
            metadata=metadata,
            tm_purchase=tm_purchase,
            tm_renew=tm_renew,
            tm_create=tm_create,
            tm_update=tm_update,
            tm_delete=tm_delete,
        )

        number_manager_number.additional_properties = d
        return number_manager_number

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
