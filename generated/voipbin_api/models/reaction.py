from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    UTC,
    FieldError,
    Model,
    as_object,
    fromisoformat,
    in_utc,
    new_model,
    timestamp,
)


class Reaction(Model):
    """Attributes:
    emoji (str): Emoji character for the reaction.
    owner_type (str): Type of the owner who reacted.
    owner_id (str): The unique identifier of the owner who reacted. Returned from the corresponding owner
        resource endpoint (e.g., `GET /agents`).
    tm_create (datetime.datetime | None): Timestamp when the reaction was created.
    """

    __slots__ = ("emoji", "owner_id", "owner_type", "tm_create")
    _fields = (
        ("emoji", "emoji"),
        ("owner_type", "owner_type"),
        ("owner_id", "owner_id"),
        ("tm_create", "tm_create"),
    )
    _wire_names = frozenset(
        {
            "emoji",
            "owner_type",
            "owner_id",
            "tm_create",
        }
    )

    emoji: str
    owner_type: str
    owner_id: str
    tm_create: datetime.datetime | None

    def __init__(
        self,
        *,
        emoji: str | None = None,
        owner_type: str | None = None,
        owner_id: str | None = None,
        tm_create: datetime.datetime | None = None,
    ) -> None:
        self._data = {}
        self.emoji = emoji  # type: ignore[assignment]
        self.owner_type = owner_type  # type: ignore[assignment]
        self.owner_id = owner_id  # type: ignore[assignment]
        self.tm_create = tm_create

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = src_dict if type(src_dict) is dict else as_object(src_dict, "Reaction")
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("emoji")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Reaction", "emoji", "str", v)
        self.emoji = v
        v = get("owner_type")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Reaction", "owner_type", "str", v)
        self.owner_type = v
        v = get("owner_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Reaction", "owner_id", "str", v)
        self.owner_id = v
        v = get("tm_create")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Reaction", "tm_create")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_create = v
        return self
