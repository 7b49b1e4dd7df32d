from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
)


class PostSpeakingsIdSayBody(Model):
    """Attributes:
    text (str): Text to be spoken.
    """

    __slots__ = ("text",)
    _fields = (("text", "text"),)
    _wire_names = frozenset(
        {
            "text",
        }
    )

    text: str

    def __init__(
        self,
        *,
        text: str | None = None,
    ) -> None:
        self._data = {}
        self.text = text  # type: ignore[assignment]

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "PostSpeakingsIdSayBody")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("text")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostSpeakingsIdSayBody", "text", "str", v)
        self.text = v
        return self
