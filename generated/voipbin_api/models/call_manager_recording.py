from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.call_manager_recording_format import CallManagerRecordingFormat
from ..models.call_manager_recording_reference_type import (
    CallManagerRecordingReferenceType,
)
from ..models.call_manager_recording_status import CallManagerRecordingStatus
from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="CallManagerRecording")


@_attrs_define
class CallManagerRecording:
    """
    Attributes:
        id (UUID | Unset): The unique identifier of the recording. Example: e5f6a7b8-c9d0-1234-5678-90abcdef0123.
        customer_id (UUID | Unset): The customer ID that owns this recording. Returned from the `GET /customers`
            response. Example: 7c4d2f3a-1b8e-4f5c-9a6d-3e2f1a0b4c5d.
        owner_type (str | Unset): Type of the resource owner (e.g., call, confbridge). Example: call.
        owner_id (UUID | Unset): The unique identifier of the resource owner. Returned from the corresponding owner
            resource endpoint (e.g., `GET /calls`, `GET /conferences`). Example: c2d3e4f5-a6b7-8901-2cde-f01234567890.
        reference_type (CallManagerRecordingReferenceType | Unset): Type of reference for the recording. Example: call.
        reference_id (UUID | Unset): The unique identifier of the referenced resource. The actual resource type is
            determined by reference_type. Returned from the corresponding resource endpoint. Example:
            f6a7b8c9-d0e1-2345-6789-0abcdef01234.
        status (CallManagerRecordingStatus | Unset): The status of the recording. Example: recording.
        format_ (CallManagerRecordingFormat | Unset): The format of the recording. Example: wav.
        activeflow_id (UUID | Unset): The activeflow ID associated with this recording. Returned from the `POST
            /activeflows` or `GET /activeflows` response. Example: d4e5f6a7-b8c9-0123-4567-890abcdef012.
        on_end_flow_id (UUID | Unset): Flow ID to execute when recording ends. Returned from the `POST /flows` or `GET
            /flows` response. Example: a1b2c3d4-e5f6-7890-1234-567890abcdef.
        tm_start (datetime.datetime | None | Unset): The start timestamp of the recording. Example:
            2026-01-15T09:30:00.000000Z.
        tm_end (datetime.datetime | None | Unset): The end timestamp of the recording. Example:
            2026-01-15T09:30:00.000000Z.
        tm_create (datetime.datetime | None | Unset): The creation timestamp. Example: 2026-01-15T09:30:00.000000Z.
        tm_update (datetime.datetime | None | Unset): The last update timestamp. Example: 2026-01-15T09:30:00.000000Z.
        tm_delete (datetime.datetime | None | Unset): The deletion timestamp, if applicable. Example:
            2026-01-15T09:30:00.000000Z.
    """

    id: UUID | Unset = UNSET
    customer_id: UUID | Unset = UNSET
    owner_type: str | Unset = UNSET
    owner_id: UUID | Unset = UNSET
    reference_type: CallManagerRecordingReferenceType | Unset = UNSET
    reference_id: UUID | Unset = UNSET
    status: CallManagerRecordingStatus | Unset = UNSET
    format_: CallManagerRecordingFormat | Unset = UNSET
    activeflow_id: UUID | Unset = UNSET
    on_end_flow_id: UUID | Unset = UNSET
    tm_start: datetime.datetime | None | Unset = UNSET
    tm_end: datetime.datetime | None | Unset = UNSET
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

        owner_type = self.owner_type

        owner_id: str | Unset = UNSET
        if not isinstance(self.owner_id, Unset):
            owner_id = str(self.owner_id)

        reference_type: str | Unset = UNSET
        if not isinstance(self.reference_type, Unset):
            reference_type = self.reference_type.value

        reference_id: str | Unset = UNSET
        if not isinstance(self.reference_id, Unset):
            reference_id = str(self.reference_id)

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_.value

        activeflow_id: str | Unset = UNSET
        if not isinstance(self.activeflow_id, Unset):
            activeflow_id = str(self.activeflow_id)

        on_end_flow_id: str | Unset = UNSET
        if not isinstance(self.on_end_flow_id, Unset):
            on_end_flow_id = str(self.on_end_flow_id)

        tm_start: None | str | Unset
        if isinstance(self.tm_start, Unset):
            tm_start = UNSET
        elif isinstance(self.tm_start, datetime.datetime):
            tm_start = self.tm_start.isoformat()
        else:
            tm_start = self.tm_start

        tm_end: None | str | Unset
        if isinstance(self.tm_end, Unset):
            tm_end = UNSET
        elif isinstance(self.tm_end, datetime.datetime):
            tm_end = self.tm_end.isoformat()
        else:
            tm_end = self.tm_end

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
        if reference_type is not UNSET:
            field_dict["reference_type"] = reference_type
        if reference_id is not UNSET:
            field_dict["reference_id"] = reference_id
        if status is not UNSET:
            field_dict["status"] = status
        if format_ is not UNSET:
            field_dict["format"] = format_
        if activeflow_id is not UNSET:
            field_dict["activeflow_id"] = activeflow_id
        if on_end_flow_id is not UNSET:
            field_dict["on_end_flow_id"] = on_end_flow_id
        if tm_start is not UNSET:
            field_dict["tm_start"] = tm_start
        if tm_end is not UNSET:
            field_dict["tm_end"] = tm_end
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

        owner_type = d.pop("owner_type", UNSET)

        _owner_id = d.pop("owner_id", UNSET)
        owner_id: UUID | Unset
        if isinstance(_owner_id, Unset):
            owner_id = UNSET
        else:
            owner_id = UUID(_owner_id)

        _reference_type = d.pop("reference_type", UNSET)
        reference_type: CallManagerRecordingReferenceType | Unset
        if isinstance(_reference_type, Unset):
            reference_type = UNSET
        else:
            reference_type = CallManagerRecordingReferenceType(_reference_type)

        _reference_id = d.pop("reference_id", UNSET)
        reference_id: UUID | Unset
        if isinstance(_reference_id, Unset):
            reference_id = UNSET
        else:
            reference_id = UUID(_reference_id)

        _status = d.pop("status", UNSET)
        status: CallManagerRecordingStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = CallManagerRecordingStatus(_status)

        _format_ = d.pop("format", UNSET)
        format_: CallManagerRecordingFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = CallManagerRecordingFormat(_format_)

        _activeflow_id = d.pop("activeflow_id", UNSET)
        activeflow_id: UUID | Unset
        if isinstance(_activeflow_id, Unset):
            activeflow_id = UNSET
        else:
            activeflow_id = UUID(_activeflow_id)

        _on_end_flow_id = d.pop("on_end_flow_id", UNSET)
        on_end_flow_id: UUID | Unset
        if isinstance(_on_end_flow_id, Unset):
            on_end_flow_id = UNSET
        else:
            on_end_flow_id = UUID(_on_end_flow_id)

        def _parse_tm_start(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"tm_start: unexpected {type(data).__name__}")
            tm_start_type_0 = parse_datetime(data)

            return tm_start_type_0

        tm_start = _parse_tm_start(d.pop("tm_start", UNSET))

        def _parse_tm_end(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"tm_end: unexpected {type(data).__name__}")
            tm_end_type_0 = parse_datetime(data)

            return tm_end_type_0

        tm_end = _parse_tm_end(d.pop("tm_end", UNSET))

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

        call_manager_recording = cls(
            id=id,
            customer_id=customer_id,
            owner_type=owner_type,
            owner_id=owner_id,
            reference_type=reference_type,
            reference_id=reference_id,
            status=status,
            format_=format_,
            activeflow_id=activeflow_id,
            on_end_flow_id=on_end_flow_id,
            tm_start=tm_start,
            tm_end=tm_end,
            tm_create=tm_create,
            tm_update=tm_update,
            tm_delete=tm_delete,
        )

        call_manager_recording.additional_properties = d
        return call_manager_recording

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
