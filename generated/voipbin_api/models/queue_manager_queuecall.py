from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.queue_manager_queuecall_reference_type import (
    QueueManagerQueuecallReferenceType,
)
from ..models.queue_manager_queuecall_status import QueueManagerQueuecallStatus
from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="QueueManagerQueuecall")


@_attrs_define
class QueueManagerQueuecall:
    """
    Attributes:
        id (UUID | Unset): The unique identifier of the queuecall. Returned from the `GET /queuecalls` response.
            Example: 550e8400-e29b-41d4-a716-446655440000.
        customer_id (UUID | Unset): The unique identifier of the customer who owns this queuecall. Returned from the
            `GET /customers` response. Example: 7c4d2f3a-1b8e-4f5c-9a6d-3e2f1a0b4c5d.
        reference_type (QueueManagerQueuecallReferenceType | Unset):  Example: call.
        reference_id (UUID | Unset): The unique identifier of the referenced resource (e.g., a call). Returned from the
            corresponding resource endpoint. Example: a1b2c3d4-e5f6-7890-abcd-ef1234567890.
        status (QueueManagerQueuecallStatus | Unset):  Example: waiting.
        service_agent_id (UUID | Unset): The unique identifier of the agent handling this queuecall. Returned from the
            `GET /agents` response. Example: c3d4e5f6-a7b8-9c0d-1e2f-3a4b5c6d7e8f.
        duration_waiting (int | Unset): Duration for waiting in milliseconds Example: 45000.
        duration_service (int | Unset): Duration for service in milliseconds Example: 180000.
        tm_create (datetime.datetime | None | Unset): The creation timestamp. Example: 2026-01-15T09:30:00.000000Z.
        tm_service (datetime.datetime | None | Unset): Timestamp when the queue call started service. Example:
            2026-01-15T09:35:00.000000Z.
        tm_update (datetime.datetime | None | Unset): The last update timestamp. Example: 2026-01-16T14:20:00.000000Z.
        tm_delete (datetime.datetime | None | Unset): The deletion timestamp. Example: 2026-01-17T18:45:00.000000Z.
    """

    id: UUID | Unset = UNSET
    customer_id: UUID | Unset = UNSET
    reference_type: QueueManagerQueuecallReferenceType | Unset = UNSET
    reference_id: UUID | Unset = UNSET
    status: QueueManagerQueuecallStatus | Unset = UNSET
    service_agent_id: UUID | Unset = UNSET
    duration_waiting: int | Unset = UNSET
    duration_service: int | Unset = UNSET
    tm_create: datetime.datetime | None | Unset = UNSET
    tm_service: datetime.datetime | None | Unset = UNSET
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

        reference_type: str | Unset = UNSET
        if not isinstance(self.reference_type, Unset):
            reference_type = self.reference_type.value

        reference_id: str | Unset = UNSET
        if not isinstance(self.reference_id, Unset):
            reference_id = str(self.reference_id)

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        service_agent_id: str | Unset = UNSET
        if not isinstance(self.service_agent_id, Unset):
            service_agent_id = str(self.service_agent_id)

        duration_waiting = self.duration_waiting

        duration_service = self.duration_service

        tm_create: None | str | Unset
        if isinstance(self.tm_create, Unset):
            tm_create = UNSET
        elif isinstance(self.tm_create, datetime.datetime):
            tm_create = self.tm_create.isoformat()
        else:
            tm_create = self.tm_create

        tm_service: None | str | Unset
        if isinstance(self.tm_service, Unset):
            tm_service = UNSET
        elif isinstance(self.tm_service, datetime.datetime):
            tm_service = self.tm_service.isoformat()
        else:
            tm_service = self.tm_service

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
        if reference_type is not UNSET:
            field_dict["reference_type"] = reference_type
        if reference_id is not UNSET:
            field_dict["reference_id"] = reference_id
        if status is not UNSET:
            field_dict["status"] = status
        if service_agent_id is not UNSET:
            field_dict["service_agent_id"] = service_agent_id
        if duration_waiting is not UNSET:
            field_dict["duration_waiting"] = duration_waiting
        if duration_service is not UNSET:
            field_dict["duration_service"] = duration_service
        if tm_create is not UNSET:
            field_dict["tm_create"] = tm_create
        if tm_service is not UNSET:
            field_dict["tm_service"] = tm_service
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

        _reference_type = d.pop("reference_type", UNSET)
        reference_type: QueueManagerQueuecallReferenceType | Unset
        if isinstance(_reference_type, Unset):
            reference_type = UNSET
        else:
            reference_type = QueueManagerQueuecallReferenceType(_reference_type)

        _reference_id = d.pop("reference_id", UNSET)
        reference_id: UUID | Unset
        if isinstance(_reference_id, Unset):
            reference_id = UNSET
        else:
            reference_id = UUID(_reference_id)

        _status = d.pop("status", UNSET)
        status: QueueManagerQueuecallStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = QueueManagerQueuecallStatus(_status)

        _service_agent_id = d.pop("service_agent_id", UNSET)
        service_agent_id: UUID | Unset
        if isinstance(_service_agent_id, Unset):
            service_agent_id = UNSET
        else:
            service_agent_id = UUID(_service_agent_id)

        duration_waiting = d.pop("duration_waiting", UNSET)

        duration_service = d.pop("duration_service", UNSET)

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

        def _parse_tm_service(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"tm_service: unexpected {type(data).__name__}")
            tm_service_type_0 = parse_datetime(data)

            return tm_service_type_0

        tm_service = _parse_tm_service(d.pop("tm_service", UNSET))

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

        queue_manager_queuecall = cls(
            id=id,
            customer_id=customer_id,
            reference_type=reference_type,
            reference_id=reference_id,
            status=status,
            service_agent_id=service_agent_id,
            duration_waiting=duration_waiting,
            duration_service=duration_service,
            tm_create=tm_create,
            tm_service=tm_service,
            tm_update=tm_update,
            tm_delete=tm_delete,
        )

        queue_manager_queuecall.additional_properties = d
        return queue_manager_queuecall

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
