from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    Model,
    as_object,
    new_model,
    open_enum,
)


class PutQueuesIdRoutingMethodBody(Model):
    """Attributes:
    routing_method (QueueRoutingMethod):
    """

    __slots__ = ("routing_method",)
    _fields = (("routing_method", "routing_method"),)
    _wire_names = frozenset(
        {
            "routing_method",
        }
    )

    routing_method: QueueRoutingMethod

    def __init__(
        self,
        *,
        routing_method: QueueRoutingMethod | None = None,
    ) -> None:
        self._data = {}
        self.routing_method = routing_method  # type: ignore[assignment]

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "PutQueuesIdRoutingMethodBody")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("routing_method")
        if v is not None:
            m = QueueRoutingMethod._value2member_map_.get(v) if type(v) is str else None
            v = (
                open_enum(
                    QueueRoutingMethod,
                    v,
                    "PutQueuesIdRoutingMethodBody",
                    "routing_method",
                )
                if m is None
                else m
            )
        self.routing_method = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.queue_routing_method import QueueRoutingMethod
