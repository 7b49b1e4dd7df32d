from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
)


class ActionOptionConferenceJoin(Model):
    """Attributes:
    conference_id (str | None): The unique identifier of the conference to join. Returned from the `GET
        /conferences` response.
    """

    __slots__ = ("conference_id",)
    _fields = (("conference_id", "conference_id"),)
    _wire_names = frozenset(
        {
            "conference_id",
        }
    )

    conference_id: str | None

    def __init__(
        self,
        *,
        conference_id: str | None = None,
    ) -> None:
        self._data = {}
        self.conference_id = conference_id

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "ActionOptionConferenceJoin")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("conference_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ActionOptionConferenceJoin", "conference_id", "str", v)
        self.conference_id = v
        return self
