from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
)


class ActionOptionConfbridgeJoin(Model):
    """Attributes:
    confbridge_id (str | None): The unique identifier of the conference bridge to join. Returned from the `POST
        /conferences` or `GET /conferences` response.
    """

    __slots__ = ("confbridge_id",)
    _fields = (("confbridge_id", "confbridge_id"),)
    _wire_names = frozenset(
        {
            "confbridge_id",
        }
    )

    confbridge_id: str | None

    def __init__(
        self,
        *,
        confbridge_id: str | None = None,
    ) -> None:
        self._data = {}
        self.confbridge_id = confbridge_id

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "ActionOptionConfbridgeJoin")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("confbridge_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ActionOptionConfbridgeJoin", "confbridge_id", "str", v)
        self.confbridge_id = v
        return self
