from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
    open_enum,
)


class WidgetThemeConfig(Model):
    """Cosmetic, customer-editable widget appearance settings. All fields are optional; omitted fields fall back to the
    platform default (blue bubble, no logo, bottom-right, light mode). An explicit color field always wins over the
    theme_mode-resolved default.

    Attributes:
        primary_color (str | None): Hex color code for the widget's primary color.
        secondary_color (str | None): Hex color code for the widget's accent/text-contrast color.
        header_background_color (str | None): Hex color code for the widget header bar's background. Falls back to
            primary_color (light mode) or a dark surface color (dark mode) when unset.
        header_text_color (str | None): Hex color code for the widget header bar's text.
        logo_url (str | None): HTTPS URL of the logo image displayed in the widget header.
        position (WidgetPosition | None): Where the floating bubble/panel renders on the customer's page.
        theme_mode (WidgetThemeMode | None): Controls light/dark/auto rendering of the widget panel.
        header_title (str | None): Widget header text. Defaults to "Chat with us" when unset.
        header_subtitle (str | None): Widget header subtext, shown below header_title. No subtitle row rendered when
            unset.
        connecting_indicator_enabled (bool | None): Whether to show a system message in the panel while the
            visitor's session is being created. Unset/null falls back to enabled (true); an existing widget's default is
            preserved by omitting this key rather than sending false.
        connecting_indicator_text (str | None): Text shown while the visitor's session is being created. Defaults to
            "Connecting…" when unset.
        typing_indicator_enabled (bool | None): Whether to show the three-dot "waiting for response" animation after
            the visitor sends a message. Unset/null falls back to enabled (true). No text-label variant is supported.
        border_radius (WidgetThemeConfigBorderRadius | None): Corner rounding applied to the bubble, panel, message
            bubbles, input field, and send button as a coordinated set. Defaults to rounded when unset.
        font_size (WidgetThemeConfigFontSize | None): Base font-size scale applied to the widget's header text and
            message text. Defaults to default when unset.
    """

    __slots__ = (
        "border_radius",
        "connecting_indicator_enabled",
        "connecting_indicator_text",
        "font_size",
        "header_background_color",
        "header_subtitle",
        "header_text_color",
        "header_title",
        "logo_url",
        "position",
        "primary_color",
        "secondary_color",
        "theme_mode",
        "typing_indicator_enabled",
    )
    _fields = (
        ("primary_color", "primary_color"),
        ("secondary_color", "secondary_color"),
        ("header_background_color", "header_background_color"),
        ("header_text_color", "header_text_color"),
        ("logo_url", "logo_url"),
        ("position", "position"),
        ("theme_mode", "theme_mode"),
        ("header_title", "header_title"),
        ("header_subtitle", "header_subtitle"),
        ("connecting_indicator_enabled", "connecting_indicator_enabled"),
        ("connecting_indicator_text", "connecting_indicator_text"),
        ("typing_indicator_enabled", "typing_indicator_enabled"),
        ("border_radius", "border_radius"),
        ("font_size", "font_size"),
    )
    _wire_names = frozenset(
        {
            "primary_color",
            "secondary_color",
            "header_background_color",
            "header_text_color",
            "logo_url",
            "position",
            "theme_mode",
            "header_title",
            "header_subtitle",
            "connecting_indicator_enabled",
            "connecting_indicator_text",
            "typing_indicator_enabled",
            "border_radius",
            "font_size",
        }
    )

    primary_color: str | None
    secondary_color: str | None
    header_background_color: str | None
    header_text_color: str | None
    logo_url: str | None
    position: WidgetPosition | None
    theme_mode: WidgetThemeMode | None
    header_title: str | None
    header_subtitle: str | None
    connecting_indicator_enabled: bool | None
    connecting_indicator_text: str | None
    typing_indicator_enabled: bool | None
    border_radius: WidgetThemeConfigBorderRadius | None
    font_size: WidgetThemeConfigFontSize | None

    def __init__(
        self,
        *,
        primary_color: str | None = None,
        secondary_color: str | None = None,
        header_background_color: str | None = None,
        header_text_color: str | None = None,
        logo_url: str | None = None,
        position: WidgetPosition | None = None,
        theme_mode: WidgetThemeMode | None = None,
        header_title: str | None = None,
        header_subtitle: str | None = None,
        connecting_indicator_enabled: bool | None = None,
        connecting_indicator_text: str | None = None,
        typing_indicator_enabled: bool | None = None,
        border_radius: WidgetThemeConfigBorderRadius | None = None,
        font_size: WidgetThemeConfigFontSize | None = None,
    ) -> None:
        self._data = {}
        self.primary_color = primary_color
        self.secondary_color = secondary_color
        self.header_background_color = header_background_color
        self.header_text_color = header_text_color
        self.logo_url = logo_url
        self.position = position
        self.theme_mode = theme_mode
        self.header_title = header_title
        self.header_subtitle = header_subtitle
        self.connecting_indicator_enabled = connecting_indicator_enabled
        self.connecting_indicator_text = connecting_indicator_text
        self.typing_indicator_enabled = typing_indicator_enabled
        self.border_radius = border_radius
        self.font_size = font_size

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "WidgetThemeConfig")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("primary_color")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("WidgetThemeConfig", "primary_color", "str", v)
        self.primary_color = v
        v = get("secondary_color")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("WidgetThemeConfig", "secondary_color", "str", v)
        self.secondary_color = v
        v = get("header_background_color")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("WidgetThemeConfig", "header_background_color", "str", v)
        self.header_background_color = v
        v = get("header_text_color")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("WidgetThemeConfig", "header_text_color", "str", v)
        self.header_text_color = v
        v = get("logo_url")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("WidgetThemeConfig", "logo_url", "str", v)
        self.logo_url = v
        v = get("position")
        if v is not None:
            m = WidgetPosition._value2member_map_.get(v) if type(v) is str else None
            v = (
                open_enum(WidgetPosition, v, "WidgetThemeConfig", "position")
                if m is None
                else m
            )
        self.position = v
        v = get("theme_mode")
        if v is not None:
            m = WidgetThemeMode._value2member_map_.get(v) if type(v) is str else None
            v = (
                open_enum(WidgetThemeMode, v, "WidgetThemeConfig", "theme_mode")
                if m is None
                else m
            )
        self.theme_mode = v
        v = get("header_title")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("WidgetThemeConfig", "header_title", "str", v)
        self.header_title = v
        v = get("header_subtitle")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("WidgetThemeConfig", "header_subtitle", "str", v)
        self.header_subtitle = v
        v = get("connecting_indicator_enabled")
        if type(v) is not bool and v is not None:
            raise FieldError(
                "WidgetThemeConfig", "connecting_indicator_enabled", "bool", v
            )
        self.connecting_indicator_enabled = v
        v = get("connecting_indicator_text")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("WidgetThemeConfig", "connecting_indicator_text", "str", v)
        self.connecting_indicator_text = v
        v = get("typing_indicator_enabled")
        if type(v) is not bool and v is not None:
            raise FieldError("WidgetThemeConfig", "typing_indicator_enabled", "bool", v)
        self.typing_indicator_enabled = v
        v = get("border_radius")
        if v is not None:
            m = (
                WidgetThemeConfigBorderRadius._value2member_map_.get(v)
                if type(v) is str
                else None
            )
            v = (
                open_enum(
                    WidgetThemeConfigBorderRadius,
                    v,
                    "WidgetThemeConfig",
                    "border_radius",
                )
                if m is None
                else m
            )
        self.border_radius = v
        v = get("font_size")
        if v is not None:
            m = (
                WidgetThemeConfigFontSize._value2member_map_.get(v)
                if type(v) is str
                else None
            )
            v = (
                open_enum(
                    WidgetThemeConfigFontSize, v, "WidgetThemeConfig", "font_size"
                )
                if m is None
                else m
            )
        self.font_size = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.widget_position import WidgetPosition
from ..models.widget_theme_config_border_radius import WidgetThemeConfigBorderRadius
from ..models.widget_theme_config_font_size import WidgetThemeConfigFontSize
from ..models.widget_theme_mode import WidgetThemeMode
