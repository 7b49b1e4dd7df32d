from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    model_list,
    new_model,
)


class FlowManagerActionOptionMessageSend(Model):
    """Attributes:
    source (FlowManagerActionOptionMessageSendSource | None): Contains source or destination detail info.
    destinations (list[CommonAddress] | None): List of destination addresses. Must contain at least one.
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

    source: FlowManagerActionOptionMessageSendSource | None
    destinations: list[CommonAddress] | None
    text: str | None

    def __init__(
        self,
        *,
        source: FlowManagerActionOptionMessageSendSource | None = None,
        destinations: list[CommonAddress] | None = None,
        text: str | None = None,
    ) -> None:
        self._data = {}
        self.source = source
        self.destinations = destinations
        self.text = text

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "FlowManagerActionOptionMessageSend")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("source")
        if v is not None:
            try:
                v = FlowManagerActionOptionMessageSendSource.from_dict(v)
            except FieldError as error:
                raise error.within(
                    "FlowManagerActionOptionMessageSend", "source"
                ) from None
        self.source = v
        v = get("destinations")
        if v is not None:
            v = model_list(
                CommonAddress, v, "FlowManagerActionOptionMessageSend", "destinations"
            )
        self.destinations = v
        v = get("text")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("FlowManagerActionOptionMessageSend", "text", "str", v)
        self.text = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.common_address import CommonAddress
from ..models.flow_manager_action_option_message_send_source import (
    FlowManagerActionOptionMessageSendSource,
)
