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
    timestamp,
)


class Widget(Model):
    """A customer's webchat widget configuration. Also issues a direct hash for anonymous visitor authentication.

    Attributes:
        id (str): The unique identifier of the widget. Returned from the `POST /widgets` or `GET /widgets` response.
        customer_id (str): The unique identifier of the associated customer. Returned from the `GET /customers`
            response.
        name (str): Name of the widget.
        status (WidgetStatus): The status of the widget.
        session_flow_id (str): Fires once per Session, at session creation/start (POST /webchat_sessions) -- bin-
            conversation-manager owns Create+Execute for this Flow's activeflow. Returned from the `POST /flows` or `GET
            /flows` response.
        message_flow_id (str): Optional. When set, fires an independent, stateless activeflow on EVERY inbound
            message (mirrors bin-conversation-manager's Account.MessageFlowID/Number.MessageFlowID pattern for
            LINE/WhatsApp/SMS). Returned from the `POST /flows` or `GET /flows` response.
        session_idle_timeout (int): Session idle timeout in seconds before the session is automatically ended.
        theme_config (WidgetThemeConfig | None): Cosmetic, customer-editable widget appearance settings. All fields
            are optional; omitted fields fall back to the platform default (blue bubble, no logo, bottom-right, light
            mode). An explicit color field always wins over the theme_mode-resolved default.
        direct_hash (str | None): Hash used by the embed script (data-hash attribute) to authenticate anonymous
            visitors via POST /auth/boot. The value already includes the "direct." prefix (e.g. "direct.a1b2c3d4e5f6").
            Returned on every response (GET, List, Create, Update, direct_hash_regenerate) -- this value is embedded
            directly in the customer's public website HTML by design, so it is not a traditional secret; hiding it from
            GET responses would only make it harder for the customer's own admins to retrieve it.
        tm_create (datetime.datetime | None): Timestamp when the widget was created.
        tm_update (datetime.datetime | None): Timestamp when the widget was last updated.
        tm_delete (datetime.datetime | None): Timestamp when the widget was deleted.
    """

    __slots__ = (
        "customer_id",
        "direct_hash",
        "id",
        "message_flow_id",
        "name",
        "session_flow_id",
        "session_idle_timeout",
        "status",
        "theme_config",
        "tm_create",
        "tm_delete",
        "tm_update",
    )
    _fields = (
        ("id", "id"),
        ("customer_id", "customer_id"),
        ("name", "name"),
        ("status", "status"),
        ("session_flow_id", "session_flow_id"),
        ("message_flow_id", "message_flow_id"),
        ("session_idle_timeout", "session_idle_timeout"),
        ("theme_config", "theme_config"),
        ("direct_hash", "direct_hash"),
        ("tm_create", "tm_create"),
        ("tm_update", "tm_update"),
        ("tm_delete", "tm_delete"),
    )
    _wire_names = frozenset(
        {
            "id",
            "customer_id",
            "name",
            "status",
            "session_flow_id",
            "message_flow_id",
            "session_idle_timeout",
            "theme_config",
            "direct_hash",
            "tm_create",
            "tm_update",
            "tm_delete",
        }
    )

    id: str
    customer_id: str
    name: str
    status: WidgetStatus
    session_flow_id: str
    message_flow_id: str
    session_idle_timeout: int
    theme_config: WidgetThemeConfig | None
    direct_hash: str | None
    tm_create: datetime.datetime | None
    tm_update: datetime.datetime | None
    tm_delete: datetime.datetime | None

    def __init__(
        self,
        *,
        id: str | None = None,
        customer_id: str | None = None,
        name: str | None = None,
        status: WidgetStatus | None = None,
        session_flow_id: str | None = None,
        message_flow_id: str | None = None,
        session_idle_timeout: int | None = None,
        theme_config: WidgetThemeConfig | None = None,
        direct_hash: str | None = None,
        tm_create: datetime.datetime | None = None,
        tm_update: datetime.datetime | None = None,
        tm_delete: datetime.datetime | None = None,
    ) -> None:
        self._data = {}
        self.id = id  # type: ignore[assignment]
        self.customer_id = customer_id  # type: ignore[assignment]
        self.name = name  # type: ignore[assignment]
        self.status = status  # type: ignore[assignment]
        self.session_flow_id = session_flow_id  # type: ignore[assignment]
        self.message_flow_id = message_flow_id  # type: ignore[assignment]
        self.session_idle_timeout = session_idle_timeout  # type: ignore[assignment]
        self.theme_config = theme_config
        self.direct_hash = direct_hash
        self.tm_create = tm_create
        self.tm_update = tm_update
        self.tm_delete = tm_delete

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = src_dict if type(src_dict) is dict else as_object(src_dict, "Widget")
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Widget", "id", "str", v)
        self.id = v
        v = get("customer_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Widget", "customer_id", "str", v)
        self.customer_id = v
        v = get("name")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Widget", "name", "str", v)
        self.name = v
        v = get("status")
        if v is not None:
            m = WidgetStatus._value2member_map_.get(v) if type(v) is str else None
            v = open_enum(WidgetStatus, v, "Widget", "status") if m is None else m
        self.status = v
        v = get("session_flow_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Widget", "session_flow_id", "str", v)
        self.session_flow_id = v
        v = get("message_flow_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Widget", "message_flow_id", "str", v)
        self.message_flow_id = v
        v = get("session_idle_timeout")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("Widget", "session_idle_timeout", "int", v)
        self.session_idle_timeout = v
        v = get("theme_config")
        if v is not None:
            try:
                v = WidgetThemeConfig.from_dict(v)
            except FieldError as error:
                raise error.within("Widget", "theme_config") from None
        self.theme_config = v
        v = get("direct_hash")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Widget", "direct_hash", "str", v)
        self.direct_hash = v
        v = get("tm_create")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Widget", "tm_create")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_create = v
        v = get("tm_update")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Widget", "tm_update")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_update = v
        v = get("tm_delete")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Widget", "tm_delete")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_delete = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.widget_status import WidgetStatus
from ..models.widget_theme_config import WidgetThemeConfig
