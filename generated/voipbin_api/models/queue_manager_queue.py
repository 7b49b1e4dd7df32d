from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.queue_manager_queue_routing_method import QueueManagerQueueRoutingMethod
from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="QueueManagerQueue")


@_attrs_define
class QueueManagerQueue:
    """
    Attributes:
        id (UUID | Unset): The unique identifier of the queue. Returned from the `POST /queues` or `GET /queues`
            response. Example: 550e8400-e29b-41d4-a716-446655440000.
        customer_id (UUID | Unset): The unique identifier of the customer who owns this queue. Returned from the `GET
            /customers` response. Example: 7c4d2f3a-1b8e-4f5c-9a6d-3e2f1a0b4c5d.
        name (str | Unset): Display name of the queue. Example: Sales Queue.
        detail (str | Unset): Detailed description of the queue. Example: Handles incoming sales inquiries.
        routing_method (QueueManagerQueueRoutingMethod | Unset):  Example: random.
        tag_ids (list[UUID] | Unset): List of tag IDs assigned to this queue. Returned from the `POST /tags` or `GET
            /tags` response. Example: ['b1a2c3d4-e5f6-7890-abcd-ef1234567890'].
        direct_hash (str | Unset): The direct hash for direct access via SIP URI sip:<direct_hash>@sip.voipbin.net (the
            "direct." prefix is already included in the value, e.g. "direct.a1b2c3d4e5f6"). Returned from the resource's
            `direct_hash` field. Example: direct.a1b2c3d4e5f6.
        wait_flow_id (UUID | Unset): The flow ID executed while callers wait in queue. Returned from the `POST /flows`
            or `GET /flows` response. Example: d4e5f6a7-b8c9-0d1e-2f3a-4b5c6d7e8f90.
        wait_timeout (int | Unset): Wait queue timeout in milliseconds. Example: 300000.
        service_timeout (int | Unset): Service queue timeout in milliseconds. Example: 600000.
        wait_queuecall_ids (list[UUID] | Unset): List of queuecall IDs currently waiting. Returned from the `GET
            /queuecalls` response. Example: ['a1b2c3d4-e5f6-7890-abcd-ef1234567890'].
        service_queuecall_ids (list[UUID] | Unset): List of queuecall IDs currently being serviced. Each ID is returned
            from the `GET /queuecalls` response. Example: ['c3d4e5f6-a7b8-9c0d-1e2f-3a4b5c6d7e8f'].
        total_incoming_count (int | Unset): Total incoming call count. Example: 150.
        total_serviced_count (int | Unset): Total serviced call count. Example: 120.
        total_abandoned_count (int | Unset): Total abandoned call count. Example: 10.
        tm_create (datetime.datetime | None | Unset): The creation timestamp. Example: 2026-01-15T09:30:00.000000Z.
        tm_update (datetime.datetime | None | Unset): The last update timestamp. Example: 2026-01-16T14:20:00.000000Z.
        tm_delete (datetime.datetime | None | Unset): The deletion timestamp. Example: 2026-01-17T18:45:00.000000Z.
    """

    id: UUID | Unset = UNSET
    customer_id: UUID | Unset = UNSET
    name: str | Unset = UNSET
    detail: str | Unset = UNSET
    routing_method: QueueManagerQueueRoutingMethod | Unset = UNSET
    tag_ids: list[UUID] | Unset = UNSET
    direct_hash: str | Unset = UNSET
    wait_flow_id: UUID | Unset = UNSET
    wait_timeout: int | Unset = UNSET
    service_timeout: int | Unset = UNSET
    wait_queuecall_ids: list[UUID] | Unset = UNSET
    service_queuecall_ids: list[UUID] | Unset = UNSET
    total_incoming_count: int | Unset = UNSET
    total_serviced_count: int | Unset = UNSET
    total_abandoned_count: int | Unset = UNSET
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

        routing_method: str | Unset = UNSET
        if not isinstance(self.routing_method, Unset):
            routing_method = self.routing_method.value

        tag_ids: list[str] | Unset = UNSET
        if not isinstance(self.tag_ids, Unset):
            tag_ids = []
            for tag_ids_item_data in self.tag_ids:
                tag_ids_item = str(tag_ids_item_data)
                tag_ids.append(tag_ids_item)

        direct_hash = self.direct_hash

        wait_flow_id: str | Unset = UNSET
        if not isinstance(self.wait_flow_id, Unset):
            wait_flow_id = str(self.wait_flow_id)

        wait_timeout = self.wait_timeout

        service_timeout = self.service_timeout

        wait_queuecall_ids: list[str] | Unset = UNSET
        if not isinstance(self.wait_queuecall_ids, Unset):
            wait_queuecall_ids = []
            for wait_queuecall_ids_item_data in self.wait_queuecall_ids:
                wait_queuecall_ids_item = str(wait_queuecall_ids_item_data)
                wait_queuecall_ids.append(wait_queuecall_ids_item)

        service_queuecall_ids: list[str] | Unset = UNSET
        if not isinstance(self.service_queuecall_ids, Unset):
            service_queuecall_ids = []
            for service_queuecall_ids_item_data in self.service_queuecall_ids:
                service_queuecall_ids_item = str(service_queuecall_ids_item_data)
                service_queuecall_ids.append(service_queuecall_ids_item)

        total_incoming_count = self.total_incoming_count

        total_serviced_count = self.total_serviced_count

        total_abandoned_count = self.total_abandoned_count

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
        if routing_method is not UNSET:
            field_dict["routing_method"] = routing_method
        if tag_ids is not UNSET:
            field_dict["tag_ids"] = tag_ids
        if direct_hash is not UNSET:
            field_dict["direct_hash"] = direct_hash
        if wait_flow_id is not UNSET:
            field_dict["wait_flow_id"] = wait_flow_id
        if wait_timeout is not UNSET:
            field_dict["wait_timeout"] = wait_timeout
        if service_timeout is not UNSET:
            field_dict["service_timeout"] = service_timeout
        if wait_queuecall_ids is not UNSET:
            field_dict["wait_queuecall_ids"] = wait_queuecall_ids
        if service_queuecall_ids is not UNSET:
            field_dict["service_queuecall_ids"] = service_queuecall_ids
        if total_incoming_count is not UNSET:
            field_dict["total_incoming_count"] = total_incoming_count
        if total_serviced_count is not UNSET:
            field_dict["total_serviced_count"] = total_serviced_count
        if total_abandoned_count is not UNSET:
            field_dict["total_abandoned_count"] = total_abandoned_count
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

        _routing_method = d.pop("routing_method", UNSET)
        routing_method: QueueManagerQueueRoutingMethod | Unset
        if isinstance(_routing_method, Unset):
            routing_method = UNSET
        else:
            routing_method = QueueManagerQueueRoutingMethod(_routing_method)

        _tag_ids = d.pop("tag_ids", UNSET)
        tag_ids: list[UUID] | Unset = UNSET
        if _tag_ids is not UNSET:
            tag_ids = []
            for tag_ids_item_data in _tag_ids:
                tag_ids_item = UUID(tag_ids_item_data)

                tag_ids.append(tag_ids_item)

        direct_hash = d.pop("direct_hash", UNSET)

        _wait_flow_id = d.pop("wait_flow_id", UNSET)
        wait_flow_id: UUID | Unset
        if isinstance(_wait_flow_id, Unset):
            wait_flow_id = UNSET
        else:
            wait_flow_id = UUID(_wait_flow_id)

        wait_timeout = d.pop("wait_timeout", UNSET)

        service_timeout = d.pop("service_timeout", UNSET)

        _wait_queuecall_ids = d.pop("wait_queuecall_ids", UNSET)
        wait_queuecall_ids: list[UUID] | Unset = UNSET
        if _wait_queuecall_ids is not UNSET:
            wait_queuecall_ids = []
            for wait_queuecall_ids_item_data in _wait_queuecall_ids:
                wait_queuecall_ids_item = UUID(wait_queuecall_ids_item_data)

                wait_queuecall_ids.append(wait_queuecall_ids_item)

        _service_queuecall_ids = d.pop("service_queuecall_ids", UNSET)
        service_queuecall_ids: list[UUID] | Unset = UNSET
        if _service_queuecall_ids is not UNSET:
            service_queuecall_ids = []
            for service_queuecall_ids_item_data in _service_queuecall_ids:
                service_queuecall_ids_item = UUID(service_queuecall_ids_item_data)

                service_queuecall_ids.append(service_queuecall_ids_item)

        total_incoming_count = d.pop("total_incoming_count", UNSET)

        total_serviced_count = d.pop("total_serviced_count", UNSET)

        total_abandoned_count = d.pop("total_abandoned_count", UNSET)

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

        queue_manager_queue = cls(
            id=id,
            customer_id=customer_id,
            name=name,
            detail=detail,
            routing_method=routing_method,
            tag_ids=tag_ids,
            direct_hash=direct_hash,
            wait_flow_id=wait_flow_id,
            wait_timeout=wait_timeout,
            service_timeout=service_timeout,
            wait_queuecall_ids=wait_queuecall_ids,
            service_queuecall_ids=service_queuecall_ids,
            total_incoming_count=total_incoming_count,
            total_serviced_count=total_serviced_count,
            total_abandoned_count=total_abandoned_count,
            tm_create=tm_create,
            tm_update=tm_update,
            tm_delete=tm_delete,
        )

        queue_manager_queue.additional_properties = d
        return queue_manager_queue

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
