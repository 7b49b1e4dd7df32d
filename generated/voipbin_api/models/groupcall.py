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
    model_list,
    new_model,
    open_enum,
    str_list,
    timestamp,
)


class Groupcall(Model):
    """Call or group call information

    Attributes:
        id (str): The unique identifier of the group call.
        customer_id (str): The customer ID that owns this group call. Returned from the `GET /customers` response.
        owner_type (str): Type of the resource owner (e.g., agent, queue).
        owner_id (str): The unique identifier of the resource owner. Returned from the corresponding owner resource
            endpoint (e.g., `GET /agents`, `GET /queues`).
        flow_id (str): The flow ID associated with this group call. Returned from the `POST /flows` or `GET /flows`
            response.
        master_call_id (str | None): The unique identifier of the master call that initiated this group call.
            Returned from the `POST /calls` or `GET /calls` response.
        master_groupcall_id (str | None): The unique identifier of the master group call, if applicable. Returned
            from the `POST /groupcalls` or `GET /groupcalls` response.
        answer_call_id (str): The unique identifier of the answered call. Returned from the `POST /calls` or `GET
            /calls` response.
        answer_groupcall_id (str): The unique identifier of the answered group call. Returned from the `POST
            /groupcalls` or `GET /groupcalls` response.
        status (GroupcallStatus | None): Current status of the call or group call
        source (Address | None): Source address of the group call.
        destinations (list[Address] | None): List of target addresses. Must contain at least one destination.
        ring_method (GroupcallRingMethod | None): Method used for dialing
        answer_method (GroupcallAnswerMethod | None): Method to handle answered calls
        call_ids (list[str] | None): List of associated call IDs. Each ID is returned from the `POST /calls` or `GET
            /calls` response.
        groupcall_ids (list[str] | None): List of associated group call IDs. Each ID is returned from the `POST
            /groupcalls` or `GET /groupcalls` response.
        call_count (int | None): Number of remaining calls in the current dial.
        groupcall_count (int | None): Number of remaining group calls in the current dial.
        dial_index (int | None): Current dial index, valid only when the ring method is "ring_all".
        tm_create (datetime.datetime | None): The creation timestamp.
        tm_update (datetime.datetime | None): The last update timestamp.
        tm_delete (datetime.datetime | None): The deletion timestamp, if applicable.
    """

    __slots__ = (
        "answer_call_id",
        "answer_groupcall_id",
        "answer_method",
        "call_count",
        "call_ids",
        "customer_id",
        "destinations",
        "dial_index",
        "flow_id",
        "groupcall_count",
        "groupcall_ids",
        "id",
        "master_call_id",
        "master_groupcall_id",
        "owner_id",
        "owner_type",
        "ring_method",
        "source",
        "status",
        "tm_create",
        "tm_delete",
        "tm_update",
    )
    _fields = (
        ("id", "id"),
        ("customer_id", "customer_id"),
        ("owner_type", "owner_type"),
        ("owner_id", "owner_id"),
        ("flow_id", "flow_id"),
        ("master_call_id", "master_call_id"),
        ("master_groupcall_id", "master_groupcall_id"),
        ("answer_call_id", "answer_call_id"),
        ("answer_groupcall_id", "answer_groupcall_id"),
        ("status", "status"),
        ("source", "source"),
        ("destinations", "destinations"),
        ("ring_method", "ring_method"),
        ("answer_method", "answer_method"),
        ("call_ids", "call_ids"),
        ("groupcall_ids", "groupcall_ids"),
        ("call_count", "call_count"),
        ("groupcall_count", "groupcall_count"),
        ("dial_index", "dial_index"),
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
            "master_call_id",
            "master_groupcall_id",
            "answer_call_id",
            "answer_groupcall_id",
            "status",
            "source",
            "destinations",
            "ring_method",
            "answer_method",
            "call_ids",
            "groupcall_ids",
            "call_count",
            "groupcall_count",
            "dial_index",
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
    master_call_id: str | None
    master_groupcall_id: str | None
    answer_call_id: str
    answer_groupcall_id: str
    status: GroupcallStatus | None
    source: Address | None
    destinations: list[Address] | None
    ring_method: GroupcallRingMethod | None
    answer_method: GroupcallAnswerMethod | None
    call_ids: list[str] | None
    groupcall_ids: list[str] | None
    call_count: int | None
    groupcall_count: int | None
    dial_index: int | None
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
        master_call_id: str | None = None,
        master_groupcall_id: str | None = None,
        answer_call_id: str | None = None,
        answer_groupcall_id: str | None = None,
        status: GroupcallStatus | None = None,
        source: Address | None = None,
        destinations: list[Address] | None = None,
        ring_method: GroupcallRingMethod | None = None,
        answer_method: GroupcallAnswerMethod | None = None,
        call_ids: list[str] | None = None,
        groupcall_ids: list[str] | None = None,
        call_count: int | None = None,
        groupcall_count: int | None = None,
        dial_index: int | None = None,
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
        self.master_call_id = master_call_id
        self.master_groupcall_id = master_groupcall_id
        self.answer_call_id = answer_call_id  # type: ignore[assignment]
        self.answer_groupcall_id = answer_groupcall_id  # type: ignore[assignment]
        self.status = status
        self.source = source
        self.destinations = destinations
        self.ring_method = ring_method
        self.answer_method = answer_method
        self.call_ids = call_ids
        self.groupcall_ids = groupcall_ids
        self.call_count = call_count
        self.groupcall_count = groupcall_count
        self.dial_index = dial_index
        self.tm_create = tm_create
        self.tm_update = tm_update
        self.tm_delete = tm_delete

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = src_dict if type(src_dict) is dict else as_object(src_dict, "Groupcall")
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Groupcall", "id", "str", v)
        self.id = v
        v = get("customer_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Groupcall", "customer_id", "str", v)
        self.customer_id = v
        v = get("owner_type")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Groupcall", "owner_type", "str", v)
        self.owner_type = v
        v = get("owner_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Groupcall", "owner_id", "str", v)
        self.owner_id = v
        v = get("flow_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Groupcall", "flow_id", "str", v)
        self.flow_id = v
        v = get("master_call_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Groupcall", "master_call_id", "str", v)
        self.master_call_id = v
        v = get("master_groupcall_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Groupcall", "master_groupcall_id", "str", v)
        self.master_groupcall_id = v
        v = get("answer_call_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Groupcall", "answer_call_id", "str", v)
        self.answer_call_id = v
        v = get("answer_groupcall_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Groupcall", "answer_groupcall_id", "str", v)
        self.answer_groupcall_id = v
        v = get("status")
        if v is not None:
            m = GroupcallStatus._value2member_map_.get(v) if type(v) is str else None
            v = open_enum(GroupcallStatus, v, "Groupcall", "status") if m is None else m
        self.status = v
        v = get("source")
        if v is not None:
            try:
                v = Address.from_dict(v)
            except FieldError as error:
                raise error.within("Groupcall", "source") from None
        self.source = v
        v = get("destinations")
        if v is not None:
            v = model_list(Address, v, "Groupcall", "destinations")
        self.destinations = v
        v = get("ring_method")
        if v is not None:
            m = (
                GroupcallRingMethod._value2member_map_.get(v)
                if type(v) is str
                else None
            )
            v = (
                open_enum(GroupcallRingMethod, v, "Groupcall", "ring_method")
                if m is None
                else m
            )
        self.ring_method = v
        v = get("answer_method")
        if v is not None:
            m = (
                GroupcallAnswerMethod._value2member_map_.get(v)
                if type(v) is str
                else None
            )
            v = (
                open_enum(GroupcallAnswerMethod, v, "Groupcall", "answer_method")
                if m is None
                else m
            )
        self.answer_method = v
        v = get("call_ids")
        if v is not None:
            v = str_list(v, "Groupcall", "call_ids")
        self.call_ids = v
        v = get("groupcall_ids")
        if v is not None:
            v = str_list(v, "Groupcall", "groupcall_ids")
        self.groupcall_ids = v
        v = get("call_count")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("Groupcall", "call_count", "int", v)
        self.call_count = v
        v = get("groupcall_count")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("Groupcall", "groupcall_count", "int", v)
        self.groupcall_count = v
        v = get("dial_index")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("Groupcall", "dial_index", "int", v)
        self.dial_index = v
        v = get("tm_create")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Groupcall", "tm_create")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_create = v
        v = get("tm_update")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Groupcall", "tm_update")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_update = v
        v = get("tm_delete")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Groupcall", "tm_delete")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_delete = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.groupcall_answer_method import GroupcallAnswerMethod
from ..models.groupcall_ring_method import GroupcallRingMethod
from ..models.groupcall_status import GroupcallStatus
