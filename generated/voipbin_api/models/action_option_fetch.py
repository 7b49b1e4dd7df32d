from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
)


class ActionOptionFetch(Model):
    """Attributes:
    event_url (str | None): URL to fetch flow actions from.
    event_method (str | None): HTTP method for the fetch request.
    """

    __slots__ = ("event_method", "event_url")
    _fields = (
        ("event_url", "event_url"),
        ("event_method", "event_method"),
    )
    _wire_names = frozenset(
        {
            "event_url",
            "event_method",
        }
    )

    event_url: str | None
    event_method: str | None

    def __init__(
        self,
        *,
        event_url: str | None = None,
        event_method: str | None = None,
    ) -> None:
        self._data = {}
        self.event_url = event_url
        self.event_method = event_method

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "ActionOptionFetch")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("event_url")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ActionOptionFetch", "event_url", "str", v)
        self.event_url = v
        v = get("event_method")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ActionOptionFetch", "event_method", "str", v)
        self.event_method = v
        return self
