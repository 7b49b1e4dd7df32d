from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webchat_manager_widget_theme_config import (
        WebchatManagerWidgetThemeConfig,
    )


T = TypeVar("T", bound="PutWebchatWidgetsIdBody")


@_attrs_define
class PutWebchatWidgetsIdBody:
    """
    Attributes:
        name (str): Name of the widget. Example: Support Widget.
        session_flow_id (UUID): Fires once per Session, at session creation/start. Returned from the `POST /flows` or
            `GET /flows` response. Example: aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa.
        message_flow_id (UUID | Unset): Optional. Fires on every inbound message, independently. Returned from the `POST
            /flows` or `GET /flows` response. Example: bbbbbbbb-bbbb-bbbb-bbbb-bbbbbbbbbbbb.
        session_idle_timeout (int | Unset): Session idle timeout in seconds before the session is automatically ended.
            Example: 1800.
        theme_config (WebchatManagerWidgetThemeConfig | Unset): Cosmetic, customer-editable widget appearance settings.
            All fields are optional; omitted fields fall back to the platform default (blue bubble, no logo, bottom-right,
            light mode). An explicit color field always wins over the theme_mode-resolved default.
    """

    name: str
    session_flow_id: UUID
    message_flow_id: UUID | Unset = UNSET
    session_idle_timeout: int | Unset = UNSET
    theme_config: WebchatManagerWidgetThemeConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        session_flow_id = str(self.session_flow_id)

        message_flow_id: str | Unset = UNSET
        if not isinstance(self.message_flow_id, Unset):
            message_flow_id = str(self.message_flow_id)

        session_idle_timeout = self.session_idle_timeout

        theme_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.theme_config, Unset):
            theme_config = self.theme_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "session_flow_id": session_flow_id,
            }
        )
        if message_flow_id is not UNSET:
            field_dict["message_flow_id"] = message_flow_id
        if session_idle_timeout is not UNSET:
            field_dict["session_idle_timeout"] = session_idle_timeout
        if theme_config is not UNSET:
            field_dict["theme_config"] = theme_config

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.webchat_manager_widget_theme_config import (
            WebchatManagerWidgetThemeConfig,
        )

        d = dict(src_dict)
        name = d.pop("name")

        session_flow_id = UUID(d.pop("session_flow_id"))

        _message_flow_id = d.pop("message_flow_id", UNSET)
        message_flow_id: UUID | Unset
        if isinstance(_message_flow_id, Unset):
            message_flow_id = UNSET
        else:
            message_flow_id = UUID(_message_flow_id)

        session_idle_timeout = d.pop("session_idle_timeout", UNSET)

        _theme_config = d.pop("theme_config", UNSET)
        theme_config: WebchatManagerWidgetThemeConfig | Unset
        if isinstance(_theme_config, Unset):
            theme_config = UNSET
        else:
            theme_config = WebchatManagerWidgetThemeConfig.from_dict(_theme_config)

        put_webchat_widgets_id_body = cls(
            name=name,
            session_flow_id=session_flow_id,
            message_flow_id=message_flow_id,
            session_idle_timeout=session_idle_timeout,
            theme_config=theme_config,
        )

        put_webchat_widgets_id_body.additional_properties = d
        return put_webchat_widgets_id_body

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
