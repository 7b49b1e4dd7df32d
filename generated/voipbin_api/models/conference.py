from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    UTC,
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


class Conference(Model):
    """Attributes:
    id (str): Unique identifier for the conference.
    customer_id (str): Unique identifier of the associated customer. Returned from the `GET /customers`
        response.
    pre_flow_id (str): The unique identifier of the flow to execute before the conference starts. Returned from
        the `POST /flows` or `GET /flows` response.
    post_flow_id (str): The unique identifier of the flow to execute after the conference ends. Returned from
        the `POST /flows` or `GET /flows` response.
    recording_id (str): ID of the main recording associated with the conference. Returned from the `GET
        /recordings` response.
    transcribe_id (str): ID of the main transcription associated with the conference. Returned from the `GET
        /transcribes` response.
    direct_hash (str): The direct hash for direct access via SIP URI sip:<direct_hash>@sip.voipbin.net (the
        "direct." prefix is already included in the value, e.g. "direct.a1b2c3d4e5f6"). Returned from the resource's
        `direct_hash` field.
    tm_end (datetime.datetime | None): Timestamp when the conference ended.
    tm_create (datetime.datetime | None): Timestamp when the conference was created.
    tm_update (datetime.datetime | None): Timestamp when the conference was last updated.
    tm_delete (datetime.datetime | None): Timestamp when the conference was deleted.
    type (ConferenceType | None): Types of conferences.
    status (ConferenceStatus | None): Status of the conference.
    name (str | None): Name of the conference.
    detail (str | None): Detailed information about the conference.
    data (ConferenceData | None):
    timeout (int | None): Timeout for the conference in seconds.
    conferencecall_ids (list[str] | None): List of associated conference call IDs. Each ID is returned from the
        `GET /conferencecalls` response.
    recording_ids (list[str] | None): List of associated recording IDs. Each ID is returned from the `GET
        /recordings` response.
    transcribe_ids (list[str] | None): List of associated transcription IDs. Each ID is returned from the `GET
        /transcribes` response.
    """

    __slots__ = (
        "conferencecall_ids",
        "customer_id",
        "data",
        "detail",
        "direct_hash",
        "id",
        "name",
        "post_flow_id",
        "pre_flow_id",
        "recording_id",
        "recording_ids",
        "status",
        "timeout",
        "tm_create",
        "tm_delete",
        "tm_end",
        "tm_update",
        "transcribe_id",
        "transcribe_ids",
        "type",
    )
    _fields = (
        ("id", "id"),
        ("customer_id", "customer_id"),
        ("pre_flow_id", "pre_flow_id"),
        ("post_flow_id", "post_flow_id"),
        ("recording_id", "recording_id"),
        ("transcribe_id", "transcribe_id"),
        ("direct_hash", "direct_hash"),
        ("tm_end", "tm_end"),
        ("tm_create", "tm_create"),
        ("tm_update", "tm_update"),
        ("tm_delete", "tm_delete"),
        ("type", "type"),
        ("status", "status"),
        ("name", "name"),
        ("detail", "detail"),
        ("data", "data"),
        ("timeout", "timeout"),
        ("conferencecall_ids", "conferencecall_ids"),
        ("recording_ids", "recording_ids"),
        ("transcribe_ids", "transcribe_ids"),
    )
    _wire_names = frozenset(
        {
            "id",
            "customer_id",
            "pre_flow_id",
            "post_flow_id",
            "recording_id",
            "transcribe_id",
            "direct_hash",
            "tm_end",
            "tm_create",
            "tm_update",
            "tm_delete",
            "type",
            "status",
            "name",
            "detail",
            "data",
            "timeout",
            "conferencecall_ids",
            "recording_ids",
            "transcribe_ids",
        }
    )

    id: str
    customer_id: str
    pre_flow_id: str
    post_flow_id: str
    recording_id: str
    transcribe_id: str
    direct_hash: str
    tm_end: datetime.datetime | None
    tm_create: datetime.datetime | None
    tm_update: datetime.datetime | None
    tm_delete: datetime.datetime | None
    type: ConferenceType | None
    status: ConferenceStatus | None
    name: str | None
    detail: str | None
    data: ConferenceData | None
    timeout: int | None
    conferencecall_ids: list[str] | None
    recording_ids: list[str] | None
    transcribe_ids: list[str] | None

    def __init__(
        self,
        *,
        id: str | None = None,
        customer_id: str | None = None,
        pre_flow_id: str | None = None,
        post_flow_id: str | None = None,
        recording_id: str | None = None,
        transcribe_id: str | None = None,
        direct_hash: str | None = None,
        tm_end: datetime.datetime | None = None,
        tm_create: datetime.datetime | None = None,
        tm_update: datetime.datetime | None = None,
        tm_delete: datetime.datetime | None = None,
        type: ConferenceType | None = None,
        status: ConferenceStatus | None = None,
        name: str | None = None,
        detail: str | None = None,
        data: ConferenceData | None = None,
        timeout: int | None = None,
        conferencecall_ids: list[str] | None = None,
        recording_ids: list[str] | None = None,
        transcribe_ids: list[str] | None = None,
    ) -> None:
        self._data = {}
        self.id = id  # type: ignore[assignment]
        self.customer_id = customer_id  # type: ignore[assignment]
        self.pre_flow_id = pre_flow_id  # type: ignore[assignment]
        self.post_flow_id = post_flow_id  # type: ignore[assignment]
        self.recording_id = recording_id  # type: ignore[assignment]
        self.transcribe_id = transcribe_id  # type: ignore[assignment]
        self.direct_hash = direct_hash  # type: ignore[assignment]
        self.tm_end = tm_end
        self.tm_create = tm_create
        self.tm_update = tm_update
        self.tm_delete = tm_delete
        self.type = type
        self.status = status
        self.name = name
        self.detail = detail
        self.data = data
        self.timeout = timeout
        self.conferencecall_ids = conferencecall_ids
        self.recording_ids = recording_ids
        self.transcribe_ids = transcribe_ids

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = src_dict if type(src_dict) is dict else as_object(src_dict, "Conference")
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Conference", "id", "str", v)
        self.id = v
        v = get("customer_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Conference", "customer_id", "str", v)
        self.customer_id = v
        v = get("pre_flow_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Conference", "pre_flow_id", "str", v)
        self.pre_flow_id = v
        v = get("post_flow_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Conference", "post_flow_id", "str", v)
        self.post_flow_id = v
        v = get("recording_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Conference", "recording_id", "str", v)
        self.recording_id = v
        v = get("transcribe_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Conference", "transcribe_id", "str", v)
        self.transcribe_id = v
        v = get("direct_hash")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Conference", "direct_hash", "str", v)
        self.direct_hash = v
        v = get("tm_end")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Conference", "tm_end")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_end = v
        v = get("tm_create")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Conference", "tm_create")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_create = v
        v = get("tm_update")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Conference", "tm_update")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_update = v
        v = get("tm_delete")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Conference", "tm_delete")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_delete = v
        v = get("type")
        if v is not None:
            m = ConferenceType._value2member_map_.get(v) if type(v) is str else None
            v = open_enum(ConferenceType, v, "Conference", "type") if m is None else m
        self.type = v
        v = get("status")
        if v is not None:
            m = ConferenceStatus._value2member_map_.get(v) if type(v) is str else None
            v = (
                open_enum(ConferenceStatus, v, "Conference", "status")
                if m is None
                else m
            )
        self.status = v
        v = get("name")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Conference", "name", "str", v)
        self.name = v
        v = get("detail")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Conference", "detail", "str", v)
        self.detail = v
        v = get("data")
        if v is not None:
            try:
                v = ConferenceData.from_dict(v)
            except FieldError as error:
                raise error.within("Conference", "data") from None
        self.data = v
        v = get("timeout")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("Conference", "timeout", "int", v)
        self.timeout = v
        v = get("conferencecall_ids")
        if v is not None:
            v = str_list(v, "Conference", "conferencecall_ids")
        self.conferencecall_ids = v
        v = get("recording_ids")
        if v is not None:
            v = str_list(v, "Conference", "recording_ids")
        self.recording_ids = v
        v = get("transcribe_ids")
        if v is not None:
            v = str_list(v, "Conference", "transcribe_ids")
        self.transcribe_ids = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.conference_data import ConferenceData
from ..models.conference_status import ConferenceStatus
from ..models.conference_type import ConferenceType
