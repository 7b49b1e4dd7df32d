from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
)


class PaddlePortalSession(Model):
    """Attributes:
    url (str | None): The Paddle Customer Portal URL. Valid for a limited time.
    """

    __slots__ = ("url",)
    _fields = (("url", "url"),)
    _wire_names = frozenset(
        {
            "url",
        }
    )

    url: str | None

    def __init__(
        self,
        *,
        url: str | None = None,
    ) -> None:
        self._data = {}
        self.url = url

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "PaddlePortalSession")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("url")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PaddlePortalSession", "url", "str", v)
        self.url = v
        return self
