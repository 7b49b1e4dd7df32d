from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.call_manager_call_direction import CallManagerCallDirection
from ..models.call_manager_call_hangup_by import CallManagerCallHangupBy
from ..models.call_manager_call_hangup_reason import CallManagerCallHangupReason
from ..models.call_manager_call_mute_direction import CallManagerCallMuteDirection
from ..models.call_manager_call_status import CallManagerCallStatus
from ..models.call_manager_call_type import CallManagerCallType
from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.call_manager_call_metadata_type_0 import CallManagerCallMetadataType0
    from ..models.common_address import CommonAddress
    from ..models.flow_manager_action import FlowManagerAction


T = TypeVar("T", bound="CallManagerCall")


@_attrs_define
class CallManagerCall:
    """
    Attributes:
        id (UUID | Unset): The unique identifier of the call. Example: 550e8400-e29b-41d4-a716-446655440000.
        customer_id (UUID | Unset): The customer ID that owns this call. Returned from the `GET /customers` response.
            Example: 7c4d2f3a-1b8e-4f5c-9a6d-3e2f1a0b4c5d.
        owner_type (str | Unset): Type of the resource owner (e.g., agent, queue). Example: agent.
        owner_id (UUID | Unset): The unique identifier of the resource owner. Returned from the corresponding owner
            resource endpoint (e.g., `GET /agents`, `GET /queues`). Example: c2d3e4f5-a6b7-8901-2cde-f01234567890.
        flow_id (UUID | Unset): The flow ID associated with this call. Returned from the `POST /flows` or `GET /flows`
            response. Example: a1b2c3d4-e5f6-7890-1234-567890abcdef.
        activeflow_id (UUID | Unset): The activeflow ID associated with this call. Returned from the `POST /activeflows`
            or `GET /activeflows` response. Example: d4e5f6a7-b8c9-0123-4567-890abcdef012.
        type_ (CallManagerCallType | Unset): Call type Example: flow.
        master_call_id (UUID | Unset): The unique identifier of the master call that initiated this call. Returned from
            the `POST /calls` or `GET /calls` response. Example: 4d5e6f7a-8b9c-0123-def0-123456789012.
        chained_call_ids (list[UUID] | Unset): Chained call IDs. Each ID is returned from the `POST /calls` or `GET
            /calls` response. Example: ['550e8400-e29b-41d4-a716-446655440000'].
        recording_id (UUID | Unset): The current recording ID. Returned from the `GET /recordings` response. Example:
            e5f6a7b8-c9d0-1234-5678-90abcdef0123.
        recording_ids (list[UUID] | Unset): Recording IDs associated with this call. Each ID is returned from the `GET
            /recordings` response. Example: ['e5f6a7b8-c9d0-1234-5678-90abcdef0123'].
        groupcall_id (UUID | Unset): Group call ID. Returned from the `POST /groupcalls` or `GET /groupcalls` response.
            Indicates this call is part of a group call. Example: 5e6f7a8b-9c0d-1234-ef01-234567890123.
        source (CommonAddress | Unset): Contains source or destination detail info.
        destination (CommonAddress | Unset): Contains source or destination detail info.
        status (CallManagerCallStatus | Unset): Call status Example: progressing.
        action (FlowManagerAction | Unset):
        direction (CallManagerCallDirection | Unset): Call direction Example: outgoing.
        mute_direction (CallManagerCallMuteDirection | Unset): Possible mute directions for the call Example: both.
        hangup_by (CallManagerCallHangupBy | Unset): Indicates who hung up the call Example: remote.
        hangup_reason (CallManagerCallHangupReason | Unset): Reason for call hangup Example: normal.
        metadata (CallManagerCallMetadataType0 | None | Unset): Internal metadata for the call. Contains key-value pairs
            set by the system.
            Currently supported keys:
            - `rtp_debug` (boolean): When `true`, RTPEngine is capturing RTP traffic for this call.
             Example: {'rtp_debug': True}.
        tm_progressing (datetime.datetime | None | Unset): Timestamp for call progressing. Example:
            2026-01-15T09:30:00.000000Z.
        tm_ringing (datetime.datetime | None | Unset): Timestamp for call ringing. Example: 2026-01-15T09:30:00.000000Z.
        tm_hangup (datetime.datetime | None | Unset): Timestamp for call hangup. Example: 2026-01-15T09:30:00.000000Z.
        tm_create (datetime.datetime | None | Unset): The creation timestamp. Example: 2026-01-15T09:30:00.000000Z.
        tm_update (datetime.datetime | None | Unset): The last update timestamp. Example: 2026-01-15T09:30:00.000000Z.
        tm_delete (datetime.datetime | None | Unset): The deletion timestamp, if applicable. Example:
            2026-01-15T09:30:00.000000Z.
    """

    id: UUID | Unset = UNSET
    customer_id: UUID | Unset = UNSET
    owner_type: str | Unset = UNSET
    owner_id: UUID | Unset = UNSET
    flow_id: UUID | Unset = UNSET
    activeflow_id: UUID | Unset = UNSET
    type_: CallManagerCallType | Unset = UNSET
    master_call_id: UUID | Unset = UNSET
    chained_call_ids: list[UUID] | Unset = UNSET
    recording_id: UUID | Unset = UNSET
    recording_ids: list[UUID] | Unset = UNSET
    groupcall_id: UUID | Unset = UNSET
    source: CommonAddress | Unset = UNSET
    destination: CommonAddress | Unset = UNSET
    status: CallManagerCallStatus | Unset = UNSET
    action: FlowManagerAction | Unset = UNSET
    direction: CallManagerCallDirection | Unset = UNSET
    mute_direction: CallManagerCallMuteDirection | Unset = UNSET
    hangup_by: CallManagerCallHangupBy | Unset = UNSET
    hangup_reason: CallManagerCallHangupReason | Unset = UNSET
    metadata: CallManagerCallMetadataType0 | None | Unset = UNSET
    tm_progressing: datetime.datetime | None | Unset = UNSET
    tm_ringing: datetime.datetime | None | Unset = UNSET
    tm_hangup: datetime.datetime | None | Unset = UNSET
    tm_create: datetime.datetime | None | Unset = UNSET
    tm_update: datetime.datetime | None | Unset = UNSET
    tm_delete: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.call_manager_call_metadata_type_0 import (
            CallManagerCallMetadataType0,
        )

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

        flow_id: str | Unset = UNSET
        if not isinstance(self.flow_id, Unset):
            flow_id = str(self.flow_id)

        activeflow_id: str | Unset = UNSET
        if not isinstance(self.activeflow_id, Unset):
            activeflow_id = str(self.activeflow_id)

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        master_call_id: str | Unset = UNSET
        if not isinstance(self.master_call_id, Unset):
            master_call_id = str(self.master_call_id)

        chained_call_ids: list[str] | Unset = UNSET
        if not isinstance(self.chained_call_ids, Unset):
            chained_call_ids = []
            for chained_call_ids_item_data in self.chained_call_ids:
                chained_call_ids_item = str(chained_call_ids_item_data)
                chained_call_ids.append(chained_call_ids_item)

        recording_id: str | Unset = UNSET
        if not isinstance(self.recording_id, Unset):
            recording_id = str(self.recording_id)

        recording_ids: list[str] | Unset = UNSET
        if not isinstance(self.recording_ids, Unset):
            recording_ids = []
            for recording_ids_item_data in self.recording_ids:
                recording_ids_item = str(recording_ids_item_data)
                recording_ids.append(recording_ids_item)

        groupcall_id: str | Unset = UNSET
        if not isinstance(self.groupcall_id, Unset):
            groupcall_id = str(self.groupcall_id)

        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.to_dict()

        destination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.destination, Unset):
            destination = self.destination.to_dict()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        action: dict[str, Any] | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action.to_dict()

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction.value

        mute_direction: str | Unset = UNSET
        if not isinstance(self.mute_direction, Unset):
            mute_direction = self.mute_direction.value

        hangup_by: str | Unset = UNSET
        if not isinstance(self.hangup_by, Unset):
            hangup_by = self.hangup_by.value

        hangup_reason: str | Unset = UNSET
        if not isinstance(self.hangup_reason, Unset):
            hangup_reason = self.hangup_reason.value

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, CallManagerCallMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        tm_progressing: None | str | Unset
        if isinstance(self.tm_progressing, Unset):
            tm_progressing = UNSET
        elif isinstance(self.tm_progressing, datetime.datetime):
            tm_progressing = self.tm_progressing.isoformat()
        else:
            tm_progressing = self.tm_progressing

        tm_ringing: None | str | Unset
        if isinstance(self.tm_ringing, Unset):
            tm_ringing = UNSET
        elif isinstance(self.tm_ringing, datetime.datetime):
            tm_ringing = self.tm_ringing.isoformat()
        else:
            tm_ringing = self.tm_ringing

        tm_hangup: None | str | Unset
        if isinstance(self.tm_hangup, Unset):
            tm_hangup = UNSET
        elif isinstance(self.tm_hangup, datetime.datetime):
            tm_hangup = self.tm_hangup.isoformat()
        else:
            tm_hangup = self.tm_hangup

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
        if flow_id is not UNSET:
            field_dict["flow_id"] = flow_id
        if activeflow_id is not UNSET:
            field_dict["activeflow_id"] = activeflow_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if master_call_id is not UNSET:
            field_dict["master_call_id"] = master_call_id
        if chained_call_ids is not UNSET:
            field_dict["chained_call_ids"] = chained_call_ids
        if recording_id is not UNSET:
            field_dict["recording_id"] = recording_id
        if recording_ids is not UNSET:
            field_dict["recording_ids"] = recording_ids
        if groupcall_id is not UNSET:
            field_dict["groupcall_id"] = groupcall_id
        if source is not UNSET:
            field_dict["source"] = source
        if destination is not UNSET:
            field_dict["destination"] = destination
        if status is not UNSET:
            field_dict["status"] = status
        if action is not UNSET:
            field_dict["action"] = action
        if direction is not UNSET:
            field_dict["direction"] = direction
        if mute_direction is not UNSET:
            field_dict["mute_direction"] = mute_direction
        if hangup_by is not UNSET:
            field_dict["hangup_by"] = hangup_by
        if hangup_reason is not UNSET:
            field_dict["hangup_reason"] = hangup_reason
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if tm_progressing is not UNSET:
            field_dict["tm_progressing"] = tm_progressing
        if tm_ringing is not UNSET:
            field_dict["tm_ringing"] = tm_ringing
        if tm_hangup is not UNSET:
            field_dict["tm_hangup"] = tm_hangup
        if tm_create is not UNSET:
            field_dict["tm_create"] = tm_create
        if tm_update is not UNSET:
            field_dict["tm_update"] = tm_update
        if tm_delete is not UNSET:
            field_dict["tm_delete"] = tm_delete

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.call_manager_call_metadata_type_0 import (
            CallManagerCallMetadataType0,
        )
        from ..models.common_address import CommonAddress
        from ..models.flow_manager_action import FlowManagerAction

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

        _flow_id = d.pop("flow_id", UNSET)
        flow_id: UUID | Unset
        if isinstance(_flow_id, Unset):
            flow_id = UNSET
        else:
            flow_id = UUID(_flow_id)

        _activeflow_id = d.pop("activeflow_id", UNSET)
        activeflow_id: UUID | Unset
        if isinstance(_activeflow_id, Unset):
            activeflow_id = UNSET
        else:
            activeflow_id = UUID(_activeflow_id)

        _type_ = d.pop("type", UNSET)
        type_: CallManagerCallType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = CallManagerCallType(_type_)

        _master_call_id = d.pop("master_call_id", UNSET)
        master_call_id: UUID | Unset
        if isinstance(_master_call_id, Unset):
            master_call_id = UNSET
        else:
            master_call_id = UUID(_master_call_id)

        _chained_call_ids = d.pop("chained_call_ids", UNSET)
        chained_call_ids: list[UUID] | Unset = UNSET
        if _chained_call_ids is not UNSET:
            chained_call_ids = []
            for chained_call_ids_item_data in _chained_call_ids:
                chained_call_ids_item = UUID(chained_call_ids_item_data)

                chained_call_ids.append(chained_call_ids_item)

        _recording_id = d.pop("recording_id", UNSET)
        recording_id: UUID | Unset
        if isinstance(_recording_id, Unset):
            recording_id = UNSET
        else:
            recording_id = UUID(_recording_id)

        _recording_ids = d.pop("recording_ids", UNSET)
        recording_ids: list[UUID] | Unset = UNSET
        if _recording_ids is not UNSET:
            recording_ids = []
            for recording_ids_item_data in _recording_ids:
                recording_ids_item = UUID(recording_ids_item_data)

                recording_ids.append(recording_ids_item)

        _groupcall_id = d.pop("groupcall_id", UNSET)
        groupcall_id: UUID | Unset
        if isinstance(_groupcall_id, Unset):
            groupcall_id = UNSET
        else:
            groupcall_id = UUID(_groupcall_id)

        _source = d.pop("source", UNSET)
        source: CommonAddress | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = CommonAddress.from_dict(_source)

        _destination = d.pop("destination", UNSET)
        destination: CommonAddress | Unset
        if isinstance(_destination, Unset):
            destination = UNSET
        else:
            destination = CommonAddress.from_dict(_destination)

        _status = d.pop("status", UNSET)
        status: CallManagerCallStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = CallManagerCallStatus(_status)

        _action = d.pop("action", UNSET)
        action: FlowManagerAction | Unset
        if isinstance(_action, Unset):
            action = UNSET
        else:
            action = FlowManagerAction.from_dict(_action)

        _direction = d.pop("direction", UNSET)
        direction: CallManagerCallDirection | Unset
        if isinstance(_direction, Unset):
            direction = UNSET
        else:
            direction = CallManagerCallDirection(_direction)

        _mute_direction = d.pop("mute_direction", UNSET)
        mute_direction: CallManagerCallMuteDirection | Unset
        if isinstance(_mute_direction, Unset):
            mute_direction = UNSET
        else:
            mute_direction = CallManagerCallMuteDirection(_mute_direction)

        _hangup_by = d.pop("hangup_by", UNSET)
        hangup_by: CallManagerCallHangupBy | Unset
        if isinstance(_hangup_by, Unset):
            hangup_by = UNSET
        else:
            hangup_by = CallManagerCallHangupBy(_hangup_by)

        _hangup_reason = d.pop("hangup_reason", UNSET)
        hangup_reason: CallManagerCallHangupReason | Unset
        if isinstance(_hangup_reason, Unset):
            hangup_reason = UNSET
        else:
            hangup_reason = CallManagerCallHangupReason(_hangup_reason)

        def _parse_metadata(
            data: object,
        ) -> CallManagerCallMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(f"metadata: unexpected {type(data).__name__}")
            metadata_type_0 = CallManagerCallMetadataType0.from_dict(data)

            return metadata_type_0

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_tm_progressing(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"tm_progressing: unexpected {type(data).__name__}")
            tm_progressing_type_0 = parse_datetime(data)

            return tm_progressing_type_0

        tm_progressing = _parse_tm_progressing(d.pop("tm_progressing", UNSET))

        def _parse_tm_ringing(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"tm_ringing: unexpected {type(data).__name__}")
            tm_ringing_type_0 = parse_datetime(data)

            return tm_ringing_type_0

        tm_ringing = _parse_tm_ringing(d.pop("tm_ringing", UNSET))

        def _parse_tm_hangup(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"tm_hangup: unexpected {type(data).__name__}")
            tm_hangup_type_0 = parse_datetime(data)

            return tm_hangup_type_0

        tm_hangup = _parse_tm_hangup(d.pop("tm_hangup", UNSET))

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

        call_manager_call = cls(
            id=id,
            customer_id=customer_id,
            owner_type=owner_type,
            owner_id=owner_id,
            flow_id=flow_id,
            activeflow_id=activeflow_id,
            type_=type_,
            master_call_id=master_call_id,
            chained_call_ids=chained_call_ids,
            recording_id=recording_id,
            recording_ids=recording_ids,
            groupcall_id=groupcall_id,
            source=source,
            destination=destination,
            status=status,
            action=action,
            direction=direction,
            mute_direction=mute_direction,
            hangup_by=hangup_by,
            hangup_reason=hangup_reason,
            metadata=metadata,
            tm_progressing=tm_progressing,
            tm_ringing=tm_ringing,
            tm_hangup=tm_hangup,
            tm_create=tm_create,
            tm_update=tm_update,
            tm_delete=tm_delete,
        )

        call_manager_call.additional_properties = d
        return call_manager_call

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
