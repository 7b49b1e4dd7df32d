from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
)


class ActionOptionFetchFlow(Model):
    """Attributes:
    flow_id (str | None): The unique identifier of the flow to fetch and execute. Returned from the `POST
        /flows` or `GET /flows` response.
    """

    __slots__ = ("flow_id",)
    _fields = (("flow_id", "flow_id"),)
    _wire_names = frozenset(
        {
            "flow_id",
        }
    )

    flow_id: str | None

    def __init__(
        self,
        *,
        flow_id: str | None = None,
    ) -> None:
        self._data = {}
        self.flow_id = flow_id

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "ActionOptionFetchFlow")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("flow_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ActionOptionFetchFlow", "flow_id", "str", v)
        self.flow_id = v
        return self
