from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
)


class ActionOptionQueueJoin(Model):
    """Attributes:
    queue_id (str | None): The unique identifier of the queue to join. Returned from the `POST /queues` or `GET
        /queues` response.
    """

    __slots__ = ("queue_id",)
    _fields = (("queue_id", "queue_id"),)
    _wire_names = frozenset(
        {
            "queue_id",
        }
    )

    queue_id: str | None

    def __init__(
        self,
        *,
        queue_id: str | None = None,
    ) -> None:
        self._data = {}
        self.queue_id = queue_id

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "ActionOptionQueueJoin")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("queue_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ActionOptionQueueJoin", "queue_id", "str", v)
        self.queue_id = v
        return self
