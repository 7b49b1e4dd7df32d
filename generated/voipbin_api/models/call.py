from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    UTC,
    Address,
    FieldError,
    Model,
    as_object,
    fromisoformat,
    in_utc,
    new_model,
    open_enum,
    str_list,
    timestamp,
)


class Call(Model):
    """Attributes:
    id (str): The unique identifier of the call.
    customer_id (str): The customer ID that owns this call. Returned from the `GET /customers` response.
    owner_type (str): Type of the resource owner (e.g., agent, queue).
    owner_id (str): The unique identifier of the resource owner. Returned from the corresponding owner resource
        endpoint (e.g., `GET /agents`, `GET /queues`).
    flow_id (str): The flow ID associated with this call. Returned from the `POST /flows` or `GET /flows`
        response.
    activeflow_id (str): The activeflow ID associated with this call. Returned from the `POST /activeflows` or
        `GET /activeflows` response.
    master_call_id (str): The unique identifier of the master call that initiated this call. Returned from the
        `POST /calls` or `GET /calls` response.
    recording_id (str): The current recording ID. Returned from the `GET /recordings` response.
    groupcall_id (str): Group call ID. Returned from the `POST /groupcalls` or `GET /groupcalls` response.
        Indicates this call is part of a group call.
    source (Address): Contains source or destination detail info.
    destination (Address): Contains source or destination detail info.
    action (Action):
    type (CallType | None): Call type
    chained_call_ids (list[str] | None): Chained call IDs. Each ID is returned from the `POST /calls` or `GET
        /calls` response.
    recording_ids (list[str] | None): Recording IDs associated with this call. Each ID is returned from the `GET
        /recordings` response.
    status (CallStatus | None): Call status
    direction (CallDirection | None): Call direction
    mute_direction (CallMuteDirection | None): Possible mute directions for the call
    hangup_by (CallHangupBy | None): Indicates who hung up the call
    hangup_reason (CallHangupReason | None): Reason for call hangup
    metadata (CallMetadata | None): Internal metadata for the call. Contains key-value pairs set by the system.
        Currently supported keys:
        - `rtp_debug` (boolean): When `true`, RTPEngine is capturing RTP traffic for this call.
    tm_progressing (datetime.datetime | None): Timestamp for call progressing.
    tm_ringing (datetime.datetime | None): Timestamp for call ringing.
    tm_hangup (datetime.datetime | None): Timestamp for call hangup.
    tm_create (datetime.datetime | None): The creation timestamp.
    tm_update (datetime.datetime | None): The last update timestamp.
    tm_delete (datetime.datetime | None): The deletion timestamp, if applicable.
    """

    __slots__ = (
        "action",
        "activeflow_id",
        "chained_call_ids",
        "customer_id",
        "destination",
        "direction",
        "flow_id",
        "groupcall_id",
        "hangup_by",
        "hangup_reason",
        "id",
        "master_call_id",
        "metadata",
        "mute_direction",
        "owner_id",
        "owner_type",
        "recording_id",
        "recording_ids",
        "source",
        "status",
        "tm_create",
        "tm_delete",
        "tm_hangup",
        "tm_progressing",
        "tm_ringing",
        "tm_update",
        "type",
    )
    _fields = (
        ("id", "id"),
        ("customer_id", "customer_id"),
        ("owner_type", "owner_type"),
        ("owner_id", "owner_id"),
        ("flow_id", "flow_id"),
        ("activeflow_id", "activeflow_id"),
        ("master_call_id", "master_call_id"),
        ("recording_id", "recording_id"),
        ("groupcall_id", "groupcall_id"),
        ("source", "source"),
        ("destination", "destination"),
        ("action", "action"),
        ("type", "type"),
        ("chained_call_ids", "chained_call_ids"),
        ("recording_ids", "recording_ids"),
        ("status", "status"),
        ("direction", "direction"),
        ("mute_direction", "mute_direction"),
        ("hangup_by", "hangup_by"),
        ("hangup_reason", "hangup_reason"),
        ("metadata", "metadata"),
        ("tm_progressing", "tm_progressing"),
        ("tm_ringing", "tm_ringing"),
        ("tm_hangup", "tm_hangup"),
        ("tm_create", "tm_create"),
        ("tm_update", "tm_update"),
        ("tm_delete", "tm_delete"),
    )
    _wire_names = frozenset(
        {
            "id",
            "customer_id",
            "owner_type",
            "owner_id",
            "flow_id",
            "activeflow_id",
            "master_call_id",
            "recording_id",
            "groupcall_id",
            "source",
            "destination",
            "action",
            "type",
            "chained_call_ids",
            "recording_ids",
            "status",
            "direction",
            "mute_direction",
            "hangup_by",
            "hangup_reason",
            "metadata",
            "tm_progressing",
            "tm_ringing",
            "tm_hangup",
            "tm_create",
            "tm_update",
            "tm_delete",
        }
    )

    id: str
    customer_id: str
    owner_type: str
    owner_id: str
    flow_id: str
    activeflow_id: str
    master_call_id: str
    recording_id: str
    groupcall_id: str
    source: Address
    destination: Address
    action: Action
    type: CallType | None
    chained_call_ids: list[str] | None
    recording_ids: list[str] | None
    status: CallStatus | None
    direction: CallDirection | None
    mute_direction: CallMuteDirection | None
    hangup_by: CallHangupBy | None
    hangup_reason: CallHangupReason | None
    metadata: CallMetadata | None
    tm_progressing: datetime.datetime | None
    tm_ringing: datetime.datetime | None
    tm_hangup: datetime.datetime | None
    tm_create: datetime.datetime | None
    tm_update: datetime.datetime | None
    tm_delete: datetime.datetime | None

    def __init__(
        self,
        *,
        id: str | None = None,
        customer_id: str | None = None,
        owner_type: str | None = None,
        owner_id: str | None = None,
        flow_id: str | None = None,
        activeflow_id: str | None = None,
        master_call_id: str | None = None,
        recording_id: str | None = None,
        groupcall_id: str | None = None,
        source: Address | None = None,
        destination: Address | None = None,
        action: Action | None = None,
        type: CallType | None = None,
        chained_call_ids: list[str] | None = None,
        recording_ids: list[str] | None = None,
        status: CallStatus | None = None,
        direction: CallDirection | None = None,
        mute_direction: CallMuteDirection | None = None,
        hangup_by: CallHangupBy | None = None,
        hangup_reason: CallHangupReason | None = None,
        metadata: CallMetadata | None = None,
        tm_progressing: datetime.datetime | None = None,
        tm_ringing: datetime.datetime | None = None,
        tm_hangup: datetime.datetime | None = None,
        tm_create: datetime.datetime | None = None,
        tm_update: datetime.datetime | None = None,
        tm_delete: datetime.datetime | None = None,
    ) -> None:
        self._data = {}
        self.id = id  # type: ignore[assignment]
        self.customer_id = customer_id  # type: ignore[assignment]
        self.owner_type = owner_type  # type: ignore[assignment]
        self.owner_id = owner_id  # type: ignore[assignment]
        self.flow_id = flow_id  # type: ignore[assignment]
        self.activeflow_id = activeflow_id  # type: ignore[assignment]
        self.master_call_id = master_call_id  # type: ignore[assignment]
        self.recording_id = recording_id  # type: ignore[assignment]
        self.groupcall_id = groupcall_id  # type: ignore[assignment]
        self.source = source  # type: ignore[assignment]
        self.destination = destination  # type: ignore[assignment]
        self.action = action  # type: ignore[assignment]
        self.type = type
        self.chained_call_ids = chained_call_ids
        self.recording_ids = recording_ids
        self.status = status
        self.direction = direction
        self.mute_direction = mute_direction
        self.hangup_by = hangup_by
        self.hangup_reason = hangup_reason
        self.metadata = metadata
        self.tm_progressing = tm_progressing
        self.tm_ringing = tm_ringing
        self.tm_hangup = tm_hangup
        self.tm_create = tm_create
        self.tm_update = tm_update
        self.tm_delete = tm_delete

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = src_dict if type(src_dict) is dict else as_object(src_dict, "Call")
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Call", "id", "str", v)
        self.id = v
        v = get("customer_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Call", "customer_id", "str", v)
        self.customer_id = v
        v = get("owner_type")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Call", "owner_type", "str", v)
        self.owner_type = v
        v = get("owner_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Call", "owner_id", "str", v)
        self.owner_id = v
        v = get("flow_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Call", "flow_id", "str", v)
        self.flow_id = v
        v = get("activeflow_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Call", "activeflow_id", "str", v)
        self.activeflow_id = v
        v = get("master_call_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Call", "master_call_id", "str", v)
        self.master_call_id = v
        v = get("recording_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Call", "recording_id", "str", v)
        self.recording_id = v
        v = get("groupcall_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Call", "groupcall_id", "str", v)
        self.groupcall_id = v
        v = get("source")
        if v is not None:
            try:
                v = Address.from_dict(v)
            except FieldError as error:
                raise error.within("Call", "source") from None
        self.source = v
        v = get("destination")
        if v is not None:
            try:
                v = Address.from_dict(v)
            except FieldError as error:
                raise error.within("Call", "destination") from None
        self.destination = v
        v = get("action")
        if v is not None:
            try:
                v = Action.from_dict(v)
            except FieldError as error:
                raise error.within("Call", "action") from None
        self.action = v
        v = get("type")
        if v is not None:
            m = CallType._value2member_map_.get(v) if type(v) is str else None
            v = open_enum(CallType, v, "Call", "type") if m is None else m
        self.type = v
        v = get("chained_call_ids")
        if v is not None:
            v = str_list(v, "Call", "chained_call_ids")
        self.chained_call_ids = v
        v = get("recording_ids")
        if v is not None:
            v = str_list(v, "Call", "recording_ids")
        self.recording_ids = v
        v = get("status")
        if v is not None:
            m = CallStatus._value2member_map_.get(v) if type(v) is str else None
            v = open_enum(CallStatus, v, "Call", "status") if m is None else m
        self.status = v
        v = get("direction")
        if v is not None:
            m = CallDirection._value2member_map_.get(v) if type(v) is str else None
            v = open_enum(CallDirection, v, "Call", "direction") if m is None else m
        self.direction = v
        v = get("mute_direction")
        if v is not None:
            m = CallMuteDirection._value2member_map_.get(v) if type(v) is str else None
            v = (
                open_enum(CallMuteDirection, v, "Call", "mute_direction")
                if m is None
                else m
            )
        self.mute_direction = v
        v = get("hangup_by")
        if v is not None:
            m = CallHangupBy._value2member_map_.get(v) if type(v) is str else None
            v = open_enum(CallHangupBy, v, "Call", "hangup_by") if m is None else m
        self.hangup_by = v
        v = get("hangup_reason")
        if v is not None:
            m = CallHangupReason._value2member_map_.get(v) if type(v) is str else None
            v = (
                open_enum(CallHangupReason, v, "Call", "hangup_reason")
                if m is None
                else m
            )
        self.hangup_reason = v
        v = get("metadata")
        if v is not None:
            try:
                v = CallMetadata.from_dict(v)
            except FieldError as error:
                raise error.within("Call", "metadata") from None
        self.metadata = v
        v = get("tm_progressing")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Call", "tm_progressing")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_progressing = v
        v = get("tm_ringing")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Call", "tm_ringing")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_ringing = v
        v = get("tm_hangup")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Call", "tm_hangup")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_hangup = v
        v = get("tm_create")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Call", "tm_create")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_create = v
        v = get("tm_update")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Call", "tm_update")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_update = v
        v = get("tm_delete")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Call", "tm_delete")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_delete = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.action import Action
from ..models.call_direction import CallDirection
from ..models.call_hangup_by import CallHangupBy
from ..models.call_hangup_reason import CallHangupReason
from ..models.call_metadata import CallMetadata
from ..models.call_mute_direction import CallMuteDirection
from ..models.call_status import CallStatus
from ..models.call_type import CallType
