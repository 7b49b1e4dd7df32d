from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webchat_manager_session_status import WebchatManagerSessionStatus
from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.common_address import CommonAddress


T = TypeVar("T", bound="WebchatManagerSession")


@_attrs_define
class WebchatManagerSession:
    """A webchat visitor session. Session.id doubles as the visitor's continuity token.

    Attributes:
        id (UUID): The unique identifier of the session, and the visitor's continuity token. Returned from the `POST
            /sessions` or `GET /sessions` response. Example: 7a1bcb1a-1b8e-4f5c-9a6d-3e2f1a0b4c5d.
        customer_id (UUID): The unique identifier of the associated customer. Returned from the `GET /customers`
            response. Example: 7c4d2f3a-1b8e-4f5c-9a6d-3e2f1a0b4c5d.
        widget_id (UUID): The widget this session belongs to. Returned from the `POST /widgets` or `GET /widgets`
            response. Example: 550e8400-e29b-41d4-a716-446655440000.
        status (WebchatManagerSessionStatus): The status of the session. Example: active.
        page_url (str | Unset): The URL of the page the widget was embedded on when this session was created. Captured
            client-side from window.location.href at session-creation time; not re-captured on subsequent navigation within
            the same session. Example: https://example.com/pricing.
        referrer (str | Unset): document.referrer at session-creation time -- the page the visitor was on immediately
            before arriving at the page that embeds the widget. Distinct from page_url (the page the widget is currently
            embedded on). Captured client-side; not re-captured on subsequent navigation within the same session. Example:
            https://example.com/blog/some-article.
        peer (CommonAddress | Unset): Contains source or destination detail info.
        local (CommonAddress | Unset): Contains source or destination detail info.
        tm_last_activity (datetime.datetime | None | Unset): Timestamp of the last activity on this session. Example:
            2026-01-15T09:30:00.000000Z.
        tm_create (datetime.datetime | None | Unset): Timestamp when the session was created. Example:
            2026-01-15T09:30:00.000000Z.
        tm_update (datetime.datetime | None | Unset): Timestamp when the session was last updated. Example:
            2026-01-15T09:30:00.000000Z.
        tm_end (datetime.datetime | None | Unset): Timestamp when the session ended. Example:
            2026-01-15T09:30:00.000000Z.
    """

    id: UUID
    customer_id: UUID
    widget_id: UUID
    status: WebchatManagerSessionStatus
    page_url: str | Unset = UNSET
    referrer: str | Unset = UNSET
    peer: CommonAddress | Unset = UNSET
    local: CommonAddress | Unset = UNSET
    tm_last_activity: datetime.datetime | None | Unset = UNSET
    tm_create: datetime.datetime | None | Unset = UNSET
    tm_update: datetime.datetime | None | Unset = UNSET
    tm_end: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        customer_id = str(self.customer_id)

        widget_id = str(self.widget_id)

        status = self.status.value

        page_url = self.page_url

        referrer = self.referrer

        peer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.peer, Unset):
            peer = self.peer.to_dict()

        local: dict[str, Any] | Unset = UNSET
        if not isinstance(self.local, Unset):
            local = self.local.to_dict()

        tm_last_activity: None | str | Unset
        if isinstance(self.tm_last_activity, Unset):
            tm_last_activity = UNSET
        elif isinstance(self.tm_last_activity, datetime.datetime):
            tm_last_activity = self.tm_last_activity.isoformat()
        else:
            tm_last_activity = self.tm_last_activity

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

        tm_end: None | str | Unset
        if isinstance(self.tm_end, Unset):
            tm_end = UNSET
        elif isinstance(self.tm_end, datetime.datetime):
            tm_end = self.tm_end.isoformat()
        else:
            tm_end = self.tm_end

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "customer_id": customer_id,
                "widget_id": widget_id,
                "status": status,
            }
        )
        if page_url is not UNSET:
            field_dict["page_url"] = page_url
        if referrer is not UNSET:
            field_dict["referrer"] = referrer
        if peer is not UNSET:
            field_dict["peer"] = peer
        if local is not UNSET:
            field_dict["local"] = local
        if tm_last_activity is not UNSET:
            field_dict["tm_last_activity"] = tm_last_activity
        if tm_create is not UNSET:
            field_dict["tm_create"] = tm_create
        if tm_update is not UNSET:
            field_dict["tm_update"] = tm_update
        if tm_end is not UNSET:
            field_dict["tm_end"] = tm_end

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.common_address import CommonAddress

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        customer_id = UUID(d.pop("customer_id"))

        widget_id = UUID(d.pop("widget_id"))

        status = WebchatManagerSessionStatus(d.pop("status"))

        page_url = d.pop("page_url", UNSET)

        referrer = d.pop("referrer", UNSET)

        _peer = d.pop("peer", UNSET)
        peer: CommonAddress | Unset
        if isinstance(_peer, Unset):
            peer = UNSET
        else:
            peer = CommonAddress.from_dict(_peer)

        _local = d.pop("local", UNSET)
        local: CommonAddress | Unset
        if isinstance(_local, Unset):
            local = UNSET
        else:
            local = CommonAddress.from_dict(_local)

        def _parse_tm_last_activity(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"tm_last_activity: unexpected {type(data).__name__}")
            tm_last_activity_type_0 = parse_datetime(data)

            return tm_last_activity_type_0

        tm_last_activity = _parse_tm_last_activity(d.pop("tm_last_activity", UNSET))

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

        webchat_manager_session = cls(
            id=id,
            customer_id=customer_id,
            widget_id=widget_id,
            status=status,
            page_url=page_url,
            referrer=referrer,
            peer=peer,
            local=local,
            tm_last_activity=tm_last_activity,
            tm_create=tm_create,
            tm_update=tm_update,
            tm_end=tm_end,
        )

        webchat_manager_session.additional_properties = d
        return webchat_manager_session

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
