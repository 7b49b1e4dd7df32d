from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    Model,
    as_object,
    new_model,
    str_list,
)


class ActionOptionPlay(Model):
    """Attributes:
    stream_urls (list[str] | None): List of stream URLs for media playback.
    """

    __slots__ = ("stream_urls",)
    _fields = (("stream_urls", "stream_urls"),)
    _wire_names = frozenset(
        {
            "stream_urls",
        }
    )

    stream_urls: list[str] | None

    def __init__(
        self,
        *,
        stream_urls: list[str] | None = None,
    ) -> None:
        self._data = {}
        self.stream_urls = stream_urls

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "ActionOptionPlay")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("stream_urls")
        if v is not None:
            v = str_list(v, "ActionOptionPlay", "stream_urls")
        self.stream_urls = v
        return self
