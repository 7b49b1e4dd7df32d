from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.call_manager_groupcall_answer_method import (
    CallManagerGroupcallAnswerMethod,
)
from ..models.call_manager_groupcall_ring_method import CallManagerGroupcallRingMethod
from ..models.call_manager_groupcall_status import CallManagerGroupcallStatus
from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.common_address import CommonAddress


T = TypeVar("T", bound="CallManagerGroupcall")


@_attrs_define
class CallManagerGroupcall:
    """Call or group call information

    Attributes:
        id (UUID | Unset): The unique identifier of the group call. Example: 550e8400-e29b-41d4-a716-446655440000.
        customer_id (UUID | Unset): The customer ID that owns this group call. Returned from the `GET /customers`
            response. Example: 7c4d2f3a-1b8e-4f5c-9a6d-3e2f1a0b4c5d.
        owner_type (str | Unset): Type of the resource owner (e.g., agent, queue). Example: agent.
        owner_id (UUID | Unset): The unique identifier of the resource owner. Returned from the corresponding owner
            resource endpoint (e.g., `GET /agents`, `GET /queues`). Example: c2d3e4f5-a6b7-8901-2cde-f01234567890.
        status (CallManagerGroupcallStatus | Unset): Current status of the call or group call Example: progressing.
        flow_id (UUID | Unset): The flow ID associated with this group call. Returned from the `POST /flows` or `GET
            /flows` response. Example: a1b2c3d4-e5f6-7890-1234-567890abcdef.
        source (CommonAddress | None | Unset): Source address of the group call.
        destinations (list[CommonAddress] | Unset): List of target addresses. Must contain at least one destination.
        master_call_id (None | Unset | UUID): The unique identifier of the master call that initiated this group call.
            Returned from the `POST /calls` or `GET /calls` response. Example: 4d5e6f7a-8b9c-0123-def0-123456789012.
        master_groupcall_id (None | Unset | UUID): The unique identifier of the master group call, if applicable.
            Returned from the `POST /groupcalls` or `GET /groupcalls` response. Example:
            5e6f7a8b-9c0d-1234-ef01-234567890123.
        ring_method (CallManagerGroupcallRingMethod | Unset): Method used for dialing Example: ring_all.
        answer_method (CallManagerGroupcallAnswerMethod | Unset): Method to handle answered calls Example:
            hangup_others.
        answer_call_id (UUID | Unset): The unique identifier of the answered call. Returned from the `POST /calls` or
            `GET /calls` response. Example: 550e8400-e29b-41d4-a716-446655440000.
        call_ids (list[UUID] | Unset): List of associated call IDs. Each ID is returned from the `POST /calls` or `GET
            /calls` response. Example: ['550e8400-e29b-41d4-a716-446655440000'].
        answer_groupcall_id (UUID | Unset): The unique identifier of the answered group call. Returned from the `POST
            /groupcalls` or `GET /groupcalls` response. Example: 5e6f7a8b-9c0d-1234-ef01-234567890123.
        groupcall_ids (list[UUID] | Unset): List of associated group call IDs. Each ID is returned from the `POST
            /groupcalls` or `GET /groupcalls` response. Example: ['5e6f7a8b-9c0d-1234-ef01-234567890123'].
        call_count (int | Unset): Number of remaining calls in the current dial. Example: 2.
        groupcall_count (int | Unset): Number of remaining group calls in the current dial. Example: 1.
        dial_index (int | None | Unset): Current dial index, valid only when the ring method is "ring_all". Example: 0.
        tm_create (datetime.datetime | None | Unset): The creation timestamp. Example: 2026-01-15T09:30:00.000000Z.
        tm_update (datetime.datetime | None | Unset): The last update timestamp. Example: 2026-01-15T09:30:00.000000Z.
        tm_delete (datetime.datetime | None | Unset): The deletion timestamp, if applicable. Example:
            2026-01-15T09:30:00.000000Z.
    """

    id: UUID | Unset = UNSET
    customer_id: UUID | Unset = UNSET
    owner_type: str | Unset = UNSET
    owner_id: UUID | Unset = UNSET
    status: CallManagerGroupcallStatus | Unset = UNSET
    flow_id: UUID | Unset = UNSET
    source: CommonAddress | None | Unset = UNSET
    destinations: list[CommonAddress] | Unset = UNSET
    master_call_id: None | Unset | UUID = UNSET
    master_groupcall_id: None | Unset | UUID = UNSET
    ring_method: CallManagerGroupcallRingMethod | Unset = UNSET
    answer_method: CallManagerGroupcallAnswerMethod | Unset = UNSET
    answer_call_id: UUID | Unset = UNSET
    call_ids: list[UUID] | Unset = UNSET
    answer_groupcall_id: UUID | Unset = UNSET
    groupcall_ids: list[UUID] | Unset = UNSET
    call_count: int | Unset = UNSET
    groupcall_count: int | Unset = UNSET
    dial_index: int | None | Unset = UNSET
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

        owner_type = self.owner_type

        owner_id: str | Unset = UNSET
        if not isinstance(self.owner_id, Unset):
            owner_id = str(self.owner_id)

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        flow_id: str | Unset = UNSET
        if not isinstance(self.flow_id, Unset):
            flow_id = str(self.flow_id)

        source: dict[str, Any] | None | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        elif isinstance(self.source, CommonAddress):
            source = self.source.to_dict()
        else:
            source = self.source

        destinations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.destinations, Unset):
            destinations = []
            for destinations_item_data in self.destinations:
                destinations_item = destinations_item_data.to_dict()
                destinations.append(destinations_item)

        master_call_id: None | str | Unset
        if isinstance(self.master_call_id, Unset):
            master_call_id = UNSET
        elif isinstance(self.master_call_id, UUID):
            master_call_id = str(self.master_call_id)
        else:
            master_call_id = self.master_call_id

        master_groupcall_id: None | str | Unset
        if isinstance(self.master_groupcall_id, Unset):
            master_groupcall_id = UNSET
        elif isinstance(self.master_groupcall_id, UUID):
            master_groupcall_id = str(self.master_groupcall_id)
        else:
            master_groupcall_id = self.master_groupcall_id

        ring_method: str | Unset = UNSET
        if not isinstance(self.ring_method, Unset):
            ring_method = self.ring_method.value

        answer_method: str | Unset = UNSET
        if not isinstance(self.answer_method, Unset):
            answer_method = self.answer_method.value

        answer_call_id: str | Unset = UNSET
        if not isinstance(self.answer_call_id, Unset):
            answer_call_id = str(self.answer_call_id)

        call_ids: list[str] | Unset = UNSET
        if not isinstance(self.call_ids, Unset):
            call_ids = []
            for call_ids_item_data in self.call_ids:
                call_ids_item = str(call_ids_item_data)
                call_ids.append(call_ids_item)

        answer_groupcall_id: str | Unset = UNSET
        if not isinstance(self.answer_groupcall_id, Unset):
            answer_groupcall_id = str(self.answer_groupcall_id)

        groupcall_ids: list[str] | Unset = UNSET
        if not isinstance(self.groupcall_ids, Unset):
            groupcall_ids = []
            for groupcall_ids_item_data in self.groupcall_ids:
                groupcall_ids_item = str(groupcall_ids_item_data)
                groupcall_ids.append(groupcall_ids_item)

        call_count = self.call_count

        groupcall_count = self.groupcall_count

        dial_index: int | None | Unset
        if isinstance(self.dial_index, Unset):
            dial_index = UNSET
        else:
            dial_index = self.dial_index

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
        if status is not UNSET:
            field_dict["status"] = status
        if flow_id is not UNSET:
            field_dict["flow_id"] = flow_id
        if source is not UNSET:
            field_dict["source"] = source
        if destinations is not UNSET:
            field_dict["destinations"] = destinations
        if master_call_id is not UNSET:
            field_dict["master_call_id"] = master_call_id
        if master_groupcall_id is not UNSET:
            field_dict["master_groupcall_id"] = master_groupcall_id
        if ring_method is not UNSET:
            field_dict["ring_method"] = ring_method
        if answer_method is not UNSET:
            field_dict["answer_method"] = answer_method
        if answer_call_id is not UNSET:
            field_dict["answer_call_id"] = answer_call_id
        if call_ids is not UNSET:
            field_dict["call_ids"] = call_ids
        if answer_groupcall_id is not UNSET:
            field_dict["answer_groupcall_id"] = answer_groupcall_id
        if groupcall_ids is not UNSET:
            field_dict["groupcall_ids"] = groupcall_ids
        if call_count is not UNSET:
            field_dict["call_count"] = call_count
        if groupcall_count is not UNSET:
            field_dict["groupcall_count"] = groupcall_count
        if dial_index is not UNSET:
            field_dict["dial_index"] = dial_index
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

        owner_type = d.pop("owner_type", UNSET)

        _owner_id = d.pop("owner_id", UNSET)
        owner_id: UUID | Unset
        if isinstance(_owner_id, Unset):
            owner_id = UNSET
        else:
            owner_id = UUID(_owner_id)

        _status = d.pop("status", UNSET)
        status: CallManagerGroupcallStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = CallManagerGroupcallStatus(_status)

        _flow_id = d.pop("flow_id", UNSET)
        flow_id: UUID | Unset
        if isinstance(_flow_id, Unset):
            flow_id = UNSET
        else:
            flow_id = UUID(_flow_id)

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

        _destinations = d.pop("destinations", UNSET)
        destinations: list[CommonAddress] | Unset = UNSET
        if _destinations is not UNSET:
            destinations = []
            for destinations_item_data in _destinations:
                destinations_item = CommonAddress.from_dict(destinations_item_data)

                destinations.append(destinations_item)

        def _parse_master_call_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"master_call_id: unexpected {type(data).__name__}")
            master_call_id_type_0 = UUID(data)

            return master_call_id_type_0

        master_call_id = _parse_master_call_id(d.pop("master_call_id", UNSET))

        def _parse_master_groupcall_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(
                    f"master_groupcall_id: unexpected {type(data).__name__}"
                )
            master_groupcall_id_type_0 = UUID(data)

            return master_groupcall_id_type_0

        master_groupcall_id = _parse_master_groupcall_id(
            d.pop("master_groupcall_id", UNSET)
        )

        _ring_method = d.pop("ring_method", UNSET)
        ring_method: CallManagerGroupcallRingMethod | Unset
        if isinstance(_ring_method, Unset):
            ring_method = UNSET
        else:
            ring_method = CallManagerGroupcallRingMethod(_ring_method)

        _answer_method = d.pop("answer_method", UNSET)
        answer_method: CallManagerGroupcallAnswerMethod | Unset
        if isinstance(_answer_method, Unset):
            answer_method = UNSET
        else:
            answer_method = CallManagerGroupcallAnswerMethod(_answer_method)

        _answer_call_id = d.pop("answer_call_id", UNSET)
        answer_call_id: UUID | Unset
        if isinstance(_answer_call_id, Unset):
            answer_call_id = UNSET
        else:
            answer_call_id = UUID(_answer_call_id)

        _call_ids = d.pop("call_ids", UNSET)
        call_ids: list[UUID] | Unset = UNSET
        if _call_ids is not UNSET:
            call_ids = []
            for call_ids_item_data in _call_ids:
                call_ids_item = UUID(call_ids_item_data)

                call_ids.append(call_ids_item)

        _answer_groupcall_id = d.pop("answer_groupcall_id", UNSET)
        answer_groupcall_id: UUID | Unset
        if isinstance(_answer_groupcall_id, Unset):
            answer_groupcall_id = UNSET
        else:
            answer_groupcall_id = UUID(_answer_groupcall_id)

        _groupcall_ids = d.pop("groupcall_ids", UNSET)
        groupcall_ids: list[UUID] | Unset = UNSET
        if _groupcall_ids is not UNSET:
            groupcall_ids = []
            for groupcall_ids_item_data in _groupcall_ids:
                groupcall_ids_item = UUID(groupcall_ids_item_data)

                groupcall_ids.append(groupcall_ids_item)

        call_count = d.pop("call_count", UNSET)

        groupcall_count = d.pop("groupcall_count", UNSET)

        def _parse_dial_index(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        dial_index = _parse_dial_index(d.pop("dial_index", UNSET))

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

        call_manager_groupcall = cls(
            id=id,
            customer_id=customer_id,
            owner_type=owner_type,
            owner_id=owner_id,
            status=status,
            flow_id=flow_id,
            source=source,
            destinations=destinations,
            master_call_id=master_call_id,
            master_groupcall_id=master_groupcall_id,
            ring_method=ring_method,
            answer_method=answer_method,
            answer_call_id=answer_call_id,
            call_ids=call_ids,
            answer_groupcall_id=answer_groupcall_id,
            groupcall_ids=groupcall_ids,
            call_count=call_count,
            groupcall_count=groupcall_count,
            dial_index=dial_index,
            tm_create=tm_create,
            tm_update=tm_update,
            tm_delete=tm_delete,
        )

        call_manager_groupcall.additional_properties = d
        return call_manager_groupcall

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
