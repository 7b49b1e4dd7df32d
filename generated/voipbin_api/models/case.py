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


class Case(Model):
    """Attributes:
    id (str): Unique identifier for the case.
    customer_id (str): Unique identifier of the associated customer.
    peer (Address): Contains source or destination detail info.
    local (Address): Contains source or destination detail info.
    reference_type (str): Origin channel type (e.g. "call", "conversation_message").
    contact_id (str | None): The resolved contact this case is attributed to. Nullable until resolved.
    owner_type (str): Type of the case owner.
    owner_id (str): ID of the case owner.
    status (CaseStatus): Case lifecycle status.
    opened_at (datetime.datetime | None): Timestamp when the case was opened. Nullable.
    closed_at (datetime.datetime | None): Timestamp when the case was closed. Nullable.
    closed_reason (str): Reason the case was closed (e.g. "agent_closed", "timeout").
    closed_by_type (str): Type of the actor that closed the case (e.g. "agent", "system").
    closed_by_id (str | None): ID of the actor that closed the case. Nullable.
    previous_case_id (str | None): ID of the prior (now-closed) case this case continues from, if any.
    tm_create (datetime.datetime | None): Timestamp when this case was created.
    tm_update (datetime.datetime | None): Timestamp when this case was last updated.
    reference_id (str | None): The internal VoIPBin resource ID that reference_type points at (the call ID when
        reference_type is "call", the conversation ID when reference_type is "conversation_message"), set
        automatically at case creation time. Never a customer- or agent-supplied value. Empty when no such internal
        resource ID applies.
    name (str | None): Optional freeform case name/title, settable only at creation time.
    detail (str | None): Optional freeform case detail, settable only at creation time.
    tag_ids (list[str] | None): The ids of the tags on the case; absent when it has none.
    """

    __slots__ = (
        "closed_at",
        "closed_by_id",
        "closed_by_type",
        "closed_reason",
        "contact_id",
        "customer_id",
        "detail",
        "id",
        "local",
        "name",
        "opened_at",
        "owner_id",
        "owner_type",
        "peer",
        "previous_case_id",
        "reference_id",
        "reference_type",
        "status",
        "tag_ids",
        "tm_create",
        "tm_update",
    )
    _fields = (
        ("id", "id"),
        ("customer_id", "customer_id"),
        ("peer", "peer"),
        ("local", "local"),
        ("reference_type", "reference_type"),
        ("contact_id", "contact_id"),
        ("owner_type", "owner_type"),
        ("owner_id", "owner_id"),
        ("status", "status"),
        ("opened_at", "opened_at"),
        ("closed_at", "closed_at"),
        ("closed_reason", "closed_reason"),
        ("closed_by_type", "closed_by_type"),
        ("closed_by_id", "closed_by_id"),
        ("previous_case_id", "previous_case_id"),
        ("tm_create", "tm_create"),
        ("tm_update", "tm_update"),
        ("reference_id", "reference_id"),
        ("name", "name"),
        ("detail", "detail"),
        ("tag_ids", "tag_ids"),
    )
    _wire_names = frozenset(
        {
            "id",
            "customer_id",
            "peer",
            "local",
            "reference_type",
            "contact_id",
            "owner_type",
            "owner_id",
            "status",
            "opened_at",
            "closed_at",
            "closed_reason",
            "closed_by_type",
            "closed_by_id",
            "previous_case_id",
            "tm_create",
            "tm_update",
            "reference_id",
            "name",
            "detail",
            "tag_ids",
        }
    )

    id: str
    customer_id: str
    peer: Address
    local: Address
    reference_type: str
    contact_id: str | None
    owner_type: str
    owner_id: str
    status: CaseStatus
    opened_at: datetime.datetime | None
    closed_at: datetime.datetime | None
    closed_reason: str
    closed_by_type: str
    closed_by_id: str | None
    previous_case_id: str | None
    tm_create: datetime.datetime | None
    tm_update: datetime.datetime | None
    reference_id: str | None
    name: str | None
    detail: str | None
    tag_ids: list[str] | None

    def __init__(
        self,
        *,
        id: str | None = None,
        customer_id: str | None = None,
        peer: Address | None = None,
        local: Address | None = None,
        reference_type: str | None = None,
        contact_id: str | None = None,
        owner_type: str | None = None,
        owner_id: str | None = None,
        status: CaseStatus | None = None,
        opened_at: datetime.datetime | None = None,
        closed_at: datetime.datetime | None = None,
        closed_reason: str | None = None,
        closed_by_type: str | None = None,
        closed_by_id: str | None = None,
        previous_case_id: str | None = None,
        tm_create: datetime.datetime | None = None,
        tm_update: datetime.datetime | None = None,
        reference_id: str | None = None,
        name: str | None = None,
        detail: str | None = None,
        tag_ids: list[str] | None = None,
    ) -> None:
        self._data = {}
        self.id = id  # type: ignore[assignment]
        self.customer_id = customer_id  # type: ignore[assignment]
        self.peer = peer  # type: ignore[assignment]
        self.local = local  # type: ignore[assignment]
        self.reference_type = reference_type  # type: ignore[assignment]
        self.contact_id = contact_id
        self.owner_type = owner_type  # type: ignore[assignment]
        self.owner_id = owner_id  # type: ignore[assignment]
        self.status = status  # type: ignore[assignment]
        self.opened_at = opened_at
        self.closed_at = closed_at
        self.closed_reason = closed_reason  # type: ignore[assignment]
        self.closed_by_type = closed_by_type  # type: ignore[assignment]
        self.closed_by_id = closed_by_id
        self.previous_case_id = previous_case_id
        self.tm_create = tm_create
        self.tm_update = tm_update
        self.reference_id = reference_id
        self.name = name
        self.detail = detail
        self.tag_ids = tag_ids

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = src_dict if type(src_dict) is dict else as_object(src_dict, "Case")
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Case", "id", "str", v)
        self.id = v
        v = get("customer_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Case", "customer_id", "str", v)
        self.customer_id = v
        v = get("peer")
        if v is not None:
            try:
                v = Address.from_dict(v)
            except FieldError as error:
                raise error.within("Case", "peer") from None
        self.peer = v
        v = get("local")
        if v is not None:
            try:
                v = Address.from_dict(v)
            except FieldError as error:
                raise error.within("Case", "local") from None
        self.local = v
        v = get("reference_type")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Case", "reference_type", "str", v)
        self.reference_type = v
        v = get("contact_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Case", "contact_id", "str", v)
        self.contact_id = v
        v = get("owner_type")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Case", "owner_type", "str", v)
        self.owner_type = v
        v = get("owner_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Case", "owner_id", "str", v)
        self.owner_id = v
        v = get("status")
        if v is not None:
            m = CaseStatus._value2member_map_.get(v) if type(v) is str else None
            v = open_enum(CaseStatus, v, "Case", "status") if m is None else m
        self.status = v
        v = get("opened_at")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Case", "opened_at")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.opened_at = v
        v = get("closed_at")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Case", "closed_at")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.closed_at = v
        v = get("closed_reason")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Case", "closed_reason", "str", v)
        self.closed_reason = v
        v = get("closed_by_type")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Case", "closed_by_type", "str", v)
        self.closed_by_type = v
        v = get("closed_by_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Case", "closed_by_id", "str", v)
        self.closed_by_id = v
        v = get("previous_case_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Case", "previous_case_id", "str", v)
        self.previous_case_id = v
        v = get("tm_create")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Case", "tm_create")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_create = v
        v = get("tm_update")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Case", "tm_update")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_update = v
        v = get("reference_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Case", "reference_id", "str", v)
        self.reference_id = v
        v = get("name")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Case", "name", "str", v)
        self.name = v
        v = get("detail")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Case", "detail", "str", v)
        self.detail = v
        v = get("tag_ids")
        if v is not None:
            v = str_list(v, "Case", "tag_ids")
        self.tag_ids = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.case_status import CaseStatus
