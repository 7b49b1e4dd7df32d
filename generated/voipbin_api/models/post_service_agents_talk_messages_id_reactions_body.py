from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
)


class PostServiceAgentsTalkMessagesIdReactionsBody(Model):
    """Attributes:
    emoji (str): Emoji character for the reaction.
    """

    __slots__ = ("emoji",)
    _fields = (("emoji", "emoji"),)
    _wire_names = frozenset(
        {
            "emoji",
        }
    )

    emoji: str

    def __init__(
        self,
        *,
        emoji: str | None = None,
    ) -> None:
        self._data = {}
        self.emoji = emoji  # type: ignore[assignment]

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "PostServiceAgentsTalkMessagesIdReactionsBody")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("emoji")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError(
                "PostServiceAgentsTalkMessagesIdReactionsBody", "emoji", "str", v
            )
        self.emoji = v
        return self
