from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
)


class PostWebchatWidgetsBody(Model):
    """Attributes:
    name (str): Name of the widget.
    session_flow_id (str): Fires once per Session, at session creation/start. Returned from the `POST /flows` or
        `GET /flows` response.
    message_flow_id (str | None): Optional. Fires on every inbound message, independently. Returned from the
        `POST /flows` or `GET /flows` response.
    session_idle_timeout (int | None): Session idle timeout in seconds before the session is automatically
        ended. Defaults to 1800 (30 minutes) when omitted.
    theme_config (WidgetThemeConfig | None): Cosmetic, customer-editable widget appearance settings. All fields
        are optional; omitted fields fall back to the platform default (blue bubble, no logo, bottom-right, light
        mode). An explicit color field always wins over the theme_mode-resolved default.
    """

    __slots__ = (
        "message_flow_id",
        "name",
        "session_flow_id",
        "session_idle_timeout",
        "theme_config",
    )
    _fields = (
        ("name", "name"),
        ("session_flow_id", "session_flow_id"),
        ("message_flow_id", "message_flow_id"),
        ("session_idle_timeout", "session_idle_timeout"),
        ("theme_config", "theme_config"),
    )
    _wire_names = frozenset(
        {
            "name",
            "session_flow_id",
            "message_flow_id",
            "session_idle_timeout",
            "theme_config",
        }
    )

    name: str
    session_flow_id: str
    message_flow_id: str | None
    session_idle_timeout: int | None
    theme_config: WidgetThemeConfig | None

    def __init__(
        self,
        *,
        name: str | None = None,
        session_flow_id: str | None = None,
        message_flow_id: str | None = None,
        session_idle_timeout: int | None = None,
        theme_config: WidgetThemeConfig | None = None,
    ) -> None:
        self._data = {}
        self.name = name  # type: ignore[assignment]
        self.session_flow_id = session_flow_id  # type: ignore[assignment]
        self.message_flow_id = message_flow_id
        self.session_idle_timeout = session_idle_timeout
        self.theme_config = theme_config

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "PostWebchatWidgetsBody")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("name")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostWebchatWidgetsBody", "name", "str", v)
        self.name = v
        v = get("session_flow_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostWebchatWidgetsBody", "session_flow_id", "str", v)
        self.session_flow_id = v
        v = get("message_flow_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostWebchatWidgetsBody", "message_flow_id", "str", v)
        self.message_flow_id = v
        v = get("session_idle_timeout")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("PostWebchatWidgetsBody", "session_idle_timeout", "int", v)
        self.session_idle_timeout = v
        v = get("theme_config")
        if v is not None:
            try:
                v = WidgetThemeConfig.from_dict(v)
            except FieldError as error:
                raise error.within("PostWebchatWidgetsBody", "theme_config") from None
        self.theme_config = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.widget_theme_config import WidgetThemeConfig
