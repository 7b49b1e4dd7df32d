from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webchat_manager_widget_status import WebchatManagerWidgetStatus
from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.webchat_manager_widget_theme_config import (
        WebchatManagerWidgetThemeConfig,
    )


T = TypeVar("T", bound="WebchatManagerWidget")


@_attrs_define
class WebchatManagerWidget:
    """A customer's webchat widget configuration. Also issues a direct hash for anonymous visitor authentication.

    Attributes:
        id (UUID): The unique identifier of the widget. Returned from the `POST /widgets` or `GET /widgets` response.
            Example: 550e8400-e29b-41d4-a716-446655440000.
        customer_id (UUID): The unique identifier of the associated customer. Returned from the `GET /customers`
            response. Example: 7c4d2f3a-1b8e-4f5c-9a6d-3e2f1a0b4c5d.
        name (str): Name of the widget. Example: Support Widget.
        status (WebchatManagerWidgetStatus): The status of the widget. Example: active.
        session_flow_id (UUID): Fires once per Session, at session creation/start (POST /webchat_sessions) -- bin-
            conversation-manager owns Create+Execute for this Flow's activeflow. Returned from the `POST /flows` or `GET
            /flows` response. Example: aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa.
        session_idle_timeout (int): Session idle timeout in seconds before the session is automatically ended. Example:
            1800.
        message_flow_id (UUID | Unset): Optional. When set, fires an independent, stateless activeflow on EVERY inbound
            message (mirrors bin-conversation-manager's Account.MessageFlowID/Number.MessageFlowID pattern for
            LINE/WhatsApp/SMS). Returned from the `POST /flows` or `GET /flows` response. Example: bbbbbbbb-bbbb-bbbb-bbbb-
            bbbbbbbbbbbb.
        theme_config (WebchatManagerWidgetThemeConfig | Unset): Cosmetic, customer-editable widget appearance settings.
            All fields are optional; omitted fields fall back to the platform default (blue bubble, no logo, bottom-right,
            light mode). An explicit color field always wins over the theme_mode-resolved default.
        direct_hash (str | Unset): Hash used by the embed script (data-hash attribute) to authenticate anonymous
            visitors via POST /auth/boot. The value already includes the "direct." prefix (e.g. "direct.a1b2c3d4e5f6").
            Returned on every response (GET, List, Create, Update, direct_hash_regenerate) -- this value is embedded
            directly in the customer's public website HTML by design, so it is not a traditional secret; hiding it from GET
            responses would only make it harder for the customer's own admins to retrieve it. Example: direct.a1b2c3d4e5f6.
        tm_create (datetime.datetime | None | Unset): Timestamp when the widget was created. Example:
            2026-01-15T09:30:00.000000Z.
        tm_update (datetime.datetime | None | Unset): Timestamp when the widget was last updated. Example:
            2026-01-15T09:30:00.000000Z.
        tm_delete (datetime.datetime | None | Unset): Timestamp when the widget was deleted. Example:
            2026-01-15T09:30:00.000000Z.
    """

    id: UUID
    customer_id: UUID
    name: str
    status: WebchatManagerWidgetStatus
    session_flow_id: UUID
    session_idle_timeout: int
    message_flow_id: UUID | Unset = UNSET
    theme_config: WebchatManagerWidgetThemeConfig | Unset = UNSET
    direct_hash: str | Unset = UNSET
    tm_create: datetime.datetime | None | Unset = UNSET
    tm_update: datetime.datetime | None | Unset = UNSET
    tm_delete: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        customer_id = str(self.customer_id)

        name = self.name

        status = self.status.value

        session_flow_id = str(self.session_flow_id)

        session_idle_timeout = self.session_idle_timeout

        message_flow_id: str | Unset = UNSET
        if not isinstance(self.message_flow_id, Unset):
            message_flow_id = str(self.message_flow_id)

        theme_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.theme_config, Unset):
            theme_config = self.theme_config.to_dict()

        direct_hash = self.direct_hash

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
        field_dict.update(
            {
                "id": id,
                "customer_id": customer_id,
                "name": name,
                "status": status,
                "session_flow_id": session_flow_id,
                "session_idle_timeout": session_idle_timeout,
            }
        )
        if message_flow_id is not UNSET:
            field_dict["message_flow_id"] = message_flow_id
        if theme_config is not UNSET:
            field_dict["theme_config"] = theme_config
        if direct_hash is not UNSET:
            field_dict["direct_hash"] = direct_hash
        if tm_create is not UNSET:
            field_dict["tm_create"] = tm_create
        if tm_update is not UNSET:
            field_dict["tm_update"] = tm_update
        if tm_delete is not UNSET:
            field_dict["tm_delete"] = tm_delete

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.webchat_manager_widget_theme_config import (
            WebchatManagerWidgetThemeConfig,
        )

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        customer_id = UUID(d.pop("customer_id"))

        name = d.pop("name")

        status = WebchatManagerWidgetStatus(d.pop("status"))

        session_flow_id = UUID(d.pop("session_flow_id"))

        session_idle_timeout = d.pop("session_idle_timeout")

        _message_flow_id = d.pop("message_flow_id", UNSET)
        message_flow_id: UUID | Unset
        if isinstance(_message_flow_id, Unset):
            message_flow_id = UNSET
        else:
            message_flow_id = UUID(_message_flow_id)

        _theme_config = d.pop("theme_config", UNSET)
        theme_config: WebchatManagerWidgetThemeConfig | Unset
        if isinstance(_theme_config, Unset):
            theme_config = UNSET
        else:
            theme_config = WebchatManagerWidgetThemeConfig.from_dict(_theme_config)

        direct_hash = d.pop("direct_hash", UNSET)

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

        webchat_manager_widget = cls(
            id=id,
            customer_id=customer_id,
            name=name,
            status=status,
            session_flow_id=session_flow_id,
            session_idle_timeout=session_idle_timeout,
            message_flow_id=message_flow_id,
            theme_config=theme_config,
            direct_hash=direct_hash,
            tm_create=tm_create,
            tm_update=tm_update,
            tm_delete=tm_delete,
        )

        webchat_manager_widget.additional_properties = d
        return webchat_manager_widget

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
