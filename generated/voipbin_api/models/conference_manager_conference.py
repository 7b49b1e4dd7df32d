from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conference_manager_conference_status import (
    ConferenceManagerConferenceStatus,
)
from ..models.conference_manager_conference_type import ConferenceManagerConferenceType
from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.conference_manager_conference_data import (
        ConferenceManagerConferenceData,
    )


T = TypeVar("T", bound="ConferenceManagerConference")


@_attrs_define
class ConferenceManagerConference:
    """
    Attributes:
        id (UUID | Unset): Unique identifier for the conference. Example: 8b9c0d1e-2f3a-4567-0123-456789abcdef.
        customer_id (UUID | Unset): Unique identifier of the associated customer. Returned from the `GET /customers`
            response. Example: 7c4d2f3a-1b8e-4f5c-9a6d-3e2f1a0b4c5d.
        type_ (ConferenceManagerConferenceType | Unset): Types of conferences. Example: conference.
        status (ConferenceManagerConferenceStatus | Unset): Status of the conference. Example: progressing.
        name (str | Unset): Name of the conference. Example: Team Standup.
        detail (str | Unset): Detailed information about the conference. Example: Daily team standup meeting.
        data (ConferenceManagerConferenceData | Unset): Custom key-value data associated with the conference.
        timeout (int | Unset): Timeout for the conference in seconds. Example: 3600.
        pre_flow_id (UUID | Unset): The unique identifier of the flow to execute before the conference starts. Returned
            from the `POST /flows` or `GET /flows` response. Example: a1b2c3d4-e5f6-7890-1234-567890abcdef.
        post_flow_id (UUID | Unset): The unique identifier of the flow to execute after the conference ends. Returned
            from the `POST /flows` or `GET /flows` response. Example: a1b2c3d4-e5f6-7890-1234-567890abcdef.
        conferencecall_ids (list[UUID] | Unset): List of associated conference call IDs. Each ID is returned from the
            `GET /conferencecalls` response. Example: ['550e8400-e29b-41d4-a716-446655440000'].
        recording_id (UUID | Unset): ID of the main recording associated with the conference. Returned from the `GET
            /recordings` response. Example: e5f6a7b8-c9d0-1234-5678-90abcdef0123.
        recording_ids (list[UUID] | Unset): List of associated recording IDs. Each ID is returned from the `GET
            /recordings` response. Example: ['e5f6a7b8-c9d0-1234-5678-90abcdef0123'].
        transcribe_id (UUID | Unset): ID of the main transcription associated with the conference. Returned from the
            `GET /transcribes` response. Example: 9c0d1e2f-3a4b-5678-1234-567890abcdef.
        transcribe_ids (list[UUID] | Unset): List of associated transcription IDs. Each ID is returned from the `GET
            /transcribes` response. Example: ['9c0d1e2f-3a4b-5678-1234-567890abcdef'].
        direct_hash (str | Unset): The direct hash for direct access via SIP URI sip:<direct_hash>@sip.voipbin.net (the
            "direct." prefix is already included in the value, e.g. "direct.a1b2c3d4e5f6"). Returned from the resource's
            `direct_hash` field. Example: direct.a1b2c3d4e5f6.
        tm_end (datetime.datetime | None | Unset): Timestamp when the conference ended. Example:
            2026-01-15T09:30:00.000000Z.
        tm_create (datetime.datetime | None | Unset): Timestamp when the conference was created. Example:
            2026-01-15T09:30:00.000000Z.
        tm_update (datetime.datetime | None | Unset): Timestamp when the conference was last updated. Example:
            2026-01-15T09:30:00.000000Z.
        tm_delete (datetime.datetime | None | Unset): Timestamp when the conference was deleted. Example:
            2026-01-15T09:30:00.000000Z.
    """

    id: UUID | Unset = UNSET
    customer_id: UUID | Unset = UNSET
    type_: ConferenceManagerConferenceType | Unset = UNSET
    status: ConferenceManagerConferenceStatus | Unset = UNSET
    name: str | Unset = UNSET
    detail: str | Unset = UNSET
    data: ConferenceManagerConferenceData | Unset = UNSET
    timeout: int | Unset = UNSET
    pre_flow_id: UUID | Unset = UNSET
    post_flow_id: UUID | Unset = UNSET
    conferencecall_ids: list[UUID] | Unset = UNSET
    recording_id: UUID | Unset = UNSET
    recording_ids: list[UUID] | Unset = UNSET
    transcribe_id: UUID | Unset = UNSET
    transcribe_ids: list[UUID] | Unset = UNSET
    direct_hash: str | Unset = UNSET
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

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        name = self.name

        detail = self.detail

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        timeout = self.timeout

        pre_flow_id: str | Unset = UNSET
        if not isinstance(self.pre_flow_id, Unset):
            pre_flow_id = str(self.pre_flow_id)

        post_flow_id: str | Unset = UNSET
        if not isinstance(self.post_flow_id, Unset):
            post_flow_id = str(self.post_flow_id)

        conferencecall_ids: list[str] | Unset = UNSET
        if not isinstance(self.conferencecall_ids, Unset):
            conferencecall_ids = []
            for conferencecall_ids_item_data in self.conferencecall_ids:
                conferencecall_ids_item = str(conferencecall_ids_item_data)
                conferencecall_ids.append(conferencecall_ids_item)

        recording_id: str | Unset = UNSET
        if not isinstance(self.recording_id, Unset):
            recording_id = str(self.recording_id)

        recording_ids: list[str] | Unset = UNSET
        if not isinstance(self.recording_ids, Unset):
            recording_ids = []
            for recording_ids_item_data in self.recording_ids:
                recording_ids_item = str(recording_ids_item_data)
                recording_ids.append(recording_ids_item)

        transcribe_id: str | Unset = UNSET
        if not isinstance(self.transcribe_id, Unset):
            transcribe_id = str(self.transcribe_id)

        transcribe_ids: list[str] | Unset = UNSET
        if not isinstance(self.transcribe_ids, Unset):
            transcribe_ids = []
            for transcribe_ids_item_data in self.transcribe_ids:
                transcribe_ids_item = str(transcribe_ids_item_data)
                transcribe_ids.append(transcribe_ids_item)

        direct_hash = self.direct_hash

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
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status
        if name is not UNSET:
            field_dict["name"] = name
        if detail is not UNSET:
            field_dict["detail"] = detail
        if data is not UNSET:
            field_dict["data"] = data
        if timeout is not UNSET:
            field_dict["timeout"] = timeout
        if pre_flow_id is not UNSET:
            field_dict["pre_flow_id"] = pre_flow_id
        if post_flow_id is not UNSET:
            field_dict["post_flow_id"] = post_flow_id
        if conferencecall_ids is not UNSET:
            field_dict["conferencecall_ids"] = conferencecall_ids
        if recording_id is not UNSET:
            field_dict["recording_id"] = recording_id
        if recording_ids is not UNSET:
            field_dict["recording_ids"] = recording_ids
        if transcribe_id is not UNSET:
            field_dict["transcribe_id"] = transcribe_id
        if transcribe_ids is not UNSET:
            field_dict["transcribe_ids"] = transcribe_ids
        if direct_hash is not UNSET:
            field_dict["direct_hash"] = direct_hash
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
        from ..models.conference_manager_conference_data import (
            ConferenceManagerConferenceData,
        )

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

        _type_ = d.pop("type", UNSET)
        type_: ConferenceManagerConferenceType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ConferenceManagerConferenceType(_type_)

        _status = d.pop("status", UNSET)
        status: ConferenceManagerConferenceStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ConferenceManagerConferenceStatus(_status)

        name = d.pop("name", UNSET)

        detail = d.pop("detail", UNSET)

        _data = d.pop("data", UNSET)
        data: ConferenceManagerConferenceData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = ConferenceManagerConferenceData.from_dict(_data)

        timeout = d.pop("timeout", UNSET)

        _pre_flow_id = d.pop("pre_flow_id", UNSET)
        pre_flow_id: UUID | Unset
        if isinstance(_pre_flow_id, Unset):
            pre_flow_id = UNSET
        else:
            pre_flow_id = UUID(_pre_flow_id)

        _post_flow_id = d.pop("post_flow_id", UNSET)
        post_flow_id: UUID | Unset
        if isinstance(_post_flow_id, Unset):
            post_flow_id = UNSET
        else:
            post_flow_id = UUID(_post_flow_id)

        _conferencecall_ids = d.pop("conferencecall_ids", UNSET)
        conferencecall_ids: list[UUID] | Unset = UNSET
        if _conferencecall_ids is not UNSET:
            conferencecall_ids = []
            for conferencecall_ids_item_data in _conferencecall_ids:
                conferencecall_ids_item = UUID(conferencecall_ids_item_data)

                conferencecall_ids.append(conferencecall_ids_item)

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

        _transcribe_id = d.pop("transcribe_id", UNSET)
        transcribe_id: UUID | Unset
        if isinstance(_transcribe_id, Unset):
            transcribe_id = UNSET
        else:
            transcribe_id = UUID(_transcribe_id)

        _transcribe_ids = d.pop("transcribe_ids", UNSET)
        transcribe_ids: list[UUID] | Unset = UNSET
        if _transcribe_ids is not UNSET:
            transcribe_ids = []
            for transcribe_ids_item_data in _transcribe_ids:
                transcribe_ids_item = UUID(transcribe_ids_item_data)

                transcribe_ids.append(transcribe_ids_item)

        direct_hash = d.pop("direct_hash", UNSET)

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

        conference_manager_conference = cls(
            id=id,
            customer_id=customer_id,
            type_=type_,
            status=status,
            name=name,
            detail=detail,
            data=data,
            timeout=timeout,
            pre_flow_id=pre_flow_id,
            post_flow_id=post_flow_id,
            conferencecall_ids=conferencecall_ids,
            recording_id=recording_id,
            recording_ids=recording_ids,
            transcribe_id=transcribe_id,
            transcribe_ids=transcribe_ids,
            direct_hash=direct_hash,
            tm_end=tm_end,
            tm_create=tm_create,
            tm_update=tm_update,
            tm_delete=tm_delete,
        )

        conference_manager_conference.additional_properties = d
        return conference_manager_conference

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
