from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    Address,
    FieldError,
    Model,
    as_object,
    model_list,
    new_model,
)


class ActionOptionMessageSend(Model):
    """Attributes:
    source (Address | None): Contains source or destination detail info.
    destinations (list[Address] | None): List of destination addresses. Must contain at least one.
    text (str | None): The text of the message to send.
    """

    __slots__ = ("destinations", "source", "text")
    _fields = (
        ("source", "source"),
        ("destinations", "destinations"),
        ("text", "text"),
    )
    _wire_names = frozenset(
        {
            "source",
            "destinations",
            "text",
        }
    )

    source: Address | None
    destinations: list[Address] | None
    text: str | None

    def __init__(
        self,
        *,
        source: Address | None = None,
        destinations: list[Address] | None = None,
        text: str | None = None,
    ) -> None:
        self._data = {}
        self.source = source
        self.destinations = destinations
        self.text = text

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "ActionOptionMessageSend")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("source")
        if v is not None:
            try:
                v = Address.from_dict(v)
            except FieldError as error:
                raise error.within("ActionOptionMessageSend", "source") from None
        self.source = v
        v = get("destinations")
        if v is not None:
            v = model_list(Address, v, "ActionOptionMessageSend", "destinations")
        self.destinations = v
        v = get("text")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ActionOptionMessageSend", "text", "str", v)
        self.text = v
        return self
