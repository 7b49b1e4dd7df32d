from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webchat_manager_widget_position import WebchatManagerWidgetPosition
from ..models.webchat_manager_widget_theme_config_border_radius import (
    WebchatManagerWidgetThemeConfigBorderRadius,
)
from ..models.webchat_manager_widget_theme_config_font_size import (
    WebchatManagerWidgetThemeConfigFontSize,
)
from ..models.webchat_manager_widget_theme_mode import WebchatManagerWidgetThemeMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebchatManagerWidgetThemeConfig")


@_attrs_define
class WebchatManagerWidgetThemeConfig:
    """Cosmetic, customer-editable widget appearance settings. All fields are optional; omitted fields fall back to the
    platform default (blue bubble, no logo, bottom-right, light mode). An explicit color field always wins over the
    theme_mode-resolved default.

        Attributes:
            primary_color (str | Unset): Hex color code for the widget's primary color. Example: #1a73e8.
            secondary_color (str | Unset): Hex color code for the widget's accent/text-contrast color. Example: #f5f5f5.
            header_background_color (str | Unset): Hex color code for the widget header bar's background. Falls back to
                primary_color (light mode) or a dark surface color (dark mode) when unset. Example: #1a73e8.
            header_text_color (str | Unset): Hex color code for the widget header bar's text. Example: #ffffff.
            logo_url (str | Unset): HTTPS URL of the logo image displayed in the widget header. Example:
                https://cdn.example.com/logo.png.
            position (WebchatManagerWidgetPosition | Unset): Where the floating bubble/panel renders on the customer's page.
                Example: bottom_right.
            theme_mode (WebchatManagerWidgetThemeMode | Unset): Controls light/dark/auto rendering of the widget panel.
                Example: light.
            header_title (str | Unset): Widget header text. Defaults to "Chat with us" when unset. Example: Support.
            header_subtitle (str | Unset): Widget header subtext, shown below header_title. No subtitle row rendered when
                unset. Example: We usually reply in a few minutes.
            connecting_indicator_enabled (bool | None | Unset): Whether to show a system message in the panel while the
                visitor's session is being created. Unset/null falls back to enabled (true); an existing widget's default is
                preserved by omitting this key rather than sending false. Example: True.
            connecting_indicator_text (str | Unset): Text shown while the visitor's session is being created. Defaults to
                "Connecting…" when unset. Example: Connecting….
            typing_indicator_enabled (bool | None | Unset): Whether to show the three-dot "waiting for response" animation
                after the visitor sends a message. Unset/null falls back to enabled (true). No text-label variant is supported.
                Example: True.
            border_radius (WebchatManagerWidgetThemeConfigBorderRadius | Unset): Corner rounding applied to the bubble,
                panel, message bubbles, input field, and send button as a coordinated set. Defaults to rounded when unset.
                Example: rounded.
            font_size (WebchatManagerWidgetThemeConfigFontSize | Unset): Base font-size scale applied to the widget's header
                text and message text. Defaults to default when unset. Example: default.
    """

    primary_color: str | Unset = UNSET
    secondary_color: str | Unset = UNSET
    header_background_color: str | Unset = UNSET
    header_text_color: str | Unset = UNSET
    logo_url: str | Unset = UNSET
    position: WebchatManagerWidgetPosition | Unset = UNSET
    theme_mode: WebchatManagerWidgetThemeMode | Unset = UNSET
    header_title: str | Unset = UNSET
    header_subtitle: str | Unset = UNSET
    connecting_indicator_enabled: bool | None | Unset = UNSET
    connecting_indicator_text: str | Unset = UNSET
    typing_indicator_enabled: bool | None | Unset = UNSET
    border_radius: WebchatManagerWidgetThemeConfigBorderRadius | Unset = UNSET
    font_size: WebchatManagerWidgetThemeConfigFontSize | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        primary_color = self.primary_color

        secondary_color = self.secondary_color

        header_background_color = self.header_background_color

        header_text_color = self.header_text_color

        logo_url = self.logo_url

        position: str | Unset = UNSET
        if not isinstance(self.position, Unset):
            position = self.position.value

        theme_mode: str | Unset = UNSET
        if not isinstance(self.theme_mode, Unset):
            theme_mode = self.theme_mode.value

        header_title = self.header_title

        header_subtitle = self.header_subtitle

        connecting_indicator_enabled: bool | None | Unset
        if isinstance(self.connecting_indicator_enabled, Unset):
            connecting_indicator_enabled = UNSET
        else:
            connecting_indicator_enabled = self.connecting_indicator_enabled

        connecting_indicator_text = self.connecting_indicator_text

        typing_indicator_enabled: bool | None | Unset
        if isinstance(self.typing_indicator_enabled, Unset):
            typing_indicator_enabled = UNSET
        else:
            typing_indicator_enabled = self.typing_indicator_enabled

        border_radius: str | Unset = UNSET
        if not isinstance(self.border_radius, Unset):
            border_radius = self.border_radius.value

        font_size: str | Unset = UNSET
        if not isinstance(self.font_size, Unset):
            font_size = self.font_size.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if primary_color is not UNSET:
            field_dict["primary_color"] = primary_color
        if secondary_color is not UNSET:
            field_dict["secondary_color"] = secondary_color
        if header_background_color is not UNSET:
            field_dict["header_background_color"] = header_background_color
        if header_text_color is not UNSET:
            field_dict["header_text_color"] = header_text_color
        if logo_url is not UNSET:
            field_dict["logo_url"] = logo_url
        if position is not UNSET:
            field_dict["position"] = position
        if theme_mode is not UNSET:
            field_dict["theme_mode"] = theme_mode
        if header_title is not UNSET:
            field_dict["header_title"] = header_title
        if header_subtitle is not UNSET:
            field_dict["header_subtitle"] = header_subtitle
        if connecting_indicator_enabled is not UNSET:
            field_dict["connecting_indicator_enabled"] = connecting_indicator_enabled
        if connecting_indicator_text is not UNSET:
            field_dict["connecting_indicator_text"] = connecting_indicator_text
        if typing_indicator_enabled is not UNSET:
            field_dict["typing_indicator_enabled"] = typing_indicator_enabled
        if border_radius is not UNSET:
            field_dict["border_radius"] = border_radius
        if font_size is not UNSET:
            field_dict["font_size"] = font_size

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        primary_color = d.pop("primary_color", UNSET)

        secondary_color = d.pop("secondary_color", UNSET)

        header_background_color = d.pop("header_background_color", UNSET)

        header_text_color = d.pop("header_text_color", UNSET)

        logo_url = d.pop("logo_url", UNSET)

        _position = d.pop("position", UNSET)
        position: WebchatManagerWidgetPosition | Unset
        if isinstance(_position, Unset):
            position = UNSET
        else:
            position = WebchatManagerWidgetPosition(_position)

        _theme_mode = d.pop("theme_mode", UNSET)
        theme_mode: WebchatManagerWidgetThemeMode | Unset
        if isinstance(_theme_mode, Unset):
            theme_mode = UNSET
        else:
            theme_mode = WebchatManagerWidgetThemeMode(_theme_mode)

        header_title = d.pop("header_title", UNSET)

        header_subtitle = d.pop("header_subtitle", UNSET)

        def _parse_connecting_indicator_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        connecting_indicator_enabled = _parse_connecting_indicator_enabled(
            d.pop("connecting_indicator_enabled", UNSET)
        )

        connecting_indicator_text = d.pop("connecting_indicator_text", UNSET)

        def _parse_typing_indicator_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        typing_indicator_enabled = _parse_typing_indicator_enabled(
            d.pop("typing_indicator_enabled", UNSET)
        )

        _border_radius = d.pop("border_radius", UNSET)
        border_radius: WebchatManagerWidgetThemeConfigBorderRadius | Unset
        if isinstance(_border_radius, Unset):
            border_radius = UNSET
        else:
            border_radius = WebchatManagerWidgetThemeConfigBorderRadius(_border_radius)

        _font_size = d.pop("font_size", UNSET)
        font_size: WebchatManagerWidgetThemeConfigFontSize | Unset
        if isinstance(_font_size, Unset):
            font_size = UNSET
        else:
            font_size = WebchatManagerWidgetThemeConfigFontSize(_font_size)

        webchat_manager_widget_theme_config = cls(
            primary_color=primary_color,
            secondary_color=secondary_color,
            header_background_color=header_background_color,
            header_text_color=header_text_color,
            logo_url=logo_url,
            position=position,
            theme_mode=theme_mode,
            header_title=header_title,
            header_subtitle=header_subtitle,
            connecting_indicator_enabled=connecting_indicator_enabled,
            connecting_indicator_text=connecting_indicator_text,
            typing_indicator_enabled=typing_indicator_enabled,
            border_radius=border_radius,
            font_size=font_size,
        )

        webchat_manager_widget_theme_config.additional_properties = d
        return webchat_manager_widget_theme_config

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
