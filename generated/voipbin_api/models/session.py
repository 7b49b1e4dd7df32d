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
    timestamp,
)


class Session(Model):
    """A webchat visitor session. Session.id doubles as the visitor's continuity token.

    Attributes:
        id (str): The unique identifier of the session, and the visitor's continuity token. Returned from the `POST
            /sessions` or `GET /sessions` response.
        customer_id (str): The unique identifier of the associated customer. Returned from the `GET /customers`
            response.
        widget_id (str): The widget this session belongs to. Returned from the `POST /widgets` or `GET /widgets`
            response.
        status (SessionStatus): The status of the session.
        peer (Address): Contains source or destination detail info.
        local (Address): Contains source or destination detail info.
        page_url (str | None): The URL of the page the widget was embedded on when this session was created.
            Captured client-side from window.location.href at session-creation time; not re-captured on subsequent
            navigation within the same session.
        referrer (str | None): document.referrer at session-creation time -- the page the visitor was on immediately
            before arriving at the page that embeds the widget. Distinct from page_url (the page the widget is currently
            embedded on). Captured client-side; not re-captured on subsequent navigation within the same session.
        tm_last_activity (datetime.datetime | None): Timestamp of the last activity on this session.
        tm_create (datetime.datetime | None): Timestamp when the session was created.
        tm_update (datetime.datetime | None): Timestamp when the session was last updated.
        tm_end (datetime.datetime | None): Timestamp when the session ended.
    """

    __slots__ = (
        "customer_id",
        "id",
        "local",
        "page_url",
        "peer",
        "referrer",
        "status",
        "tm_create",
        "tm_end",
        "tm_last_activity",
        "tm_update",
        "widget_id",
    )
    _fields = (
        ("id", "id"),
        ("customer_id", "customer_id"),
        ("widget_id", "widget_id"),
        ("status", "status"),
        ("peer", "peer"),
        ("local", "local"),
        ("page_url", "page_url"),
        ("referrer", "referrer"),
        ("tm_last_activity", "tm_last_activity"),
        ("tm_create", "tm_create"),
        ("tm_update", "tm_update"),
        ("tm_end", "tm_end"),
    )
    _wire_names = frozenset(
        {
            "id",
            "customer_id",
            "widget_id",
            "status",
            "peer",
            "local",
            "page_url",
            "referrer",
            "tm_last_activity",
            "tm_create",
            "tm_update",
            "tm_end",
        }
    )

    id: str
    customer_id: str
    widget_id: str
    status: SessionStatus
    peer: Address
    local: Address
    page_url: str | None
    referrer: str | None
    tm_last_activity: datetime.datetime | None
    tm_create: datetime.datetime | None
    tm_update: datetime.datetime | None
    tm_end: datetime.datetime | None

    def __init__(
        self,
        *,
        id: str | None = None,
        customer_id: str | None = None,
        widget_id: str | None = None,
        status: SessionStatus | None = None,
        peer: Address | None = None,
        local: Address | None = None,
        page_url: str | None = None,
        referrer: str | None = None,
        tm_last_activity: datetime.datetime | None = None,
        tm_create: datetime.datetime | None = None,
        tm_update: datetime.datetime | None = None,
        tm_end: datetime.datetime | None = None,
    ) -> None:
        self._data = {}
        self.id = id  # type: ignore[assignment]
        self.customer_id = customer_id  # type: ignore[assignment]
        self.widget_id = widget_id  # type: ignore[assignment]
        self.status = status  # type: ignore[assignment]
        self.peer = peer  # type: ignore[assignment]
        self.local = local  # type: ignore[assignment]
        self.page_url = page_url
        self.referrer = referrer
        self.tm_last_activity = tm_last_activity
        self.tm_create = tm_create
        self.tm_update = tm_update
        self.tm_end = tm_end

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = src_dict if type(src_dict) is dict else as_object(src_dict, "Session")
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Session", "id", "str", v)
        self.id = v
        v = get("customer_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Session", "customer_id", "str", v)
        self.customer_id = v
        v = get("widget_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Session", "widget_id", "str", v)
        self.widget_id = v
        v = get("status")
        if v is not None:
            m = SessionStatus._value2member_map_.get(v) if type(v) is str else None
            v = open_enum(SessionStatus, v, "Session", "status") if m is None else m
        self.status = v
        v = get("peer")
        if v is not None:
            try:
                v = Address.from_dict(v)
            except FieldError as error:
                raise error.within("Session", "peer") from None
        self.peer = v
        v = get("local")
        if v is not None:
            try:
                v = Address.from_dict(v)
            except FieldError as error:
                raise error.within("Session", "local") from None
        self.local = v
        v = get("page_url")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Session", "page_url", "str", v)
        self.page_url = v
        v = get("referrer")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Session", "referrer", "str", v)
        self.referrer = v
        v = get("tm_last_activity")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Session", "tm_last_activity")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_last_activity = v
        v = get("tm_create")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Session", "tm_create")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_create = v
        v = get("tm_update")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Session", "tm_update")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_update = v
        v = get("tm_end")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Session", "tm_end")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_end = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.session_status import SessionStatus
