from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
)


class PostContactCasesIdMessagesBody(Model):
    """Attributes:
    source (str): The business's own number to send from. Must be an active, normal number owned by this case's
        customer.
    destination (str): The customer's number to send to. Must be attributable to this case (the matched
        Contact's address, or the case's peer_target).
    text (str): The text content of the message.
    """

    __slots__ = ("destination", "source", "text")
    _fields = (
        ("source", "source"),
        ("destination", "destination"),
        ("text", "text"),
    )
    _wire_names = frozenset(
        {
            "source",
            "destination",
            "text",
        }
    )

    source: str
    destination: str
    text: str

    def __init__(
        self,
        *,
        source: str | None = None,
        destination: str | None = None,
        text: str | None = None,
    ) -> None:
        self._data = {}
        self.source = source  # type: ignore[assignment]
        self.destination = destination  # type: ignore[assignment]
        self.text = text  # type: ignore[assignment]

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "PostContactCasesIdMessagesBody")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("source")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostContactCasesIdMessagesBody", "source", "str", v)
        self.source = v
        v = get("destination")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostContactCasesIdMessagesBody", "destination", "str", v)
        self.destination = v
        v = get("text")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostContactCasesIdMessagesBody", "text", "str", v)
        self.text = v
        return self
