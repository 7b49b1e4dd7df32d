from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
)


class PostWebchatSessionsBody(Model):
    """Attributes:
    widget_id (str): The widget to create the session for. Returned from the `POST /widgets` or `GET /widgets`
        response.
    page_url (str | None): The URL of the page the widget was embedded on when this session was created.
        Captured client-side from window.location.href at session-creation time; not re-captured on subsequent
        navigation within the same session.
    referrer (str | None): document.referrer at session-creation time -- the page the visitor was on immediately
        before arriving at the page that embeds the widget. Distinct from page_url (the page the widget is currently
        embedded on). Captured client-side; not re-captured on subsequent navigation within the same session.
    """

    __slots__ = ("page_url", "referrer", "widget_id")
    _fields = (
        ("widget_id", "widget_id"),
        ("page_url", "page_url"),
        ("referrer", "referrer"),
    )
    _wire_names = frozenset(
        {
            "widget_id",
            "page_url",
            "referrer",
        }
    )

    widget_id: str
    page_url: str | None
    referrer: str | None

    def __init__(
        self,
        *,
        widget_id: str | None = None,
        page_url: str | None = None,
        referrer: str | None = None,
    ) -> None:
        self._data = {}
        self.widget_id = widget_id  # type: ignore[assignment]
        self.page_url = page_url
        self.referrer = referrer

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "PostWebchatSessionsBody")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("widget_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostWebchatSessionsBody", "widget_id", "str", v)
        self.widget_id = v
        v = get("page_url")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostWebchatSessionsBody", "page_url", "str", v)
        self.page_url = v
        v = get("referrer")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostWebchatSessionsBody", "referrer", "str", v)
        self.referrer = v
        return self
