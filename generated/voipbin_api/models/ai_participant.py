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


class AIParticipant(Model):
    """Attributes:
    ai_id (str): The unique identifier of the AI agent. Returned from the `GET /ais` response.
    aicall_id (str): The unique identifier of the AI call. Returned from the `GET /aicalls` response.
    tm_create (datetime.datetime | None): The timestamp when the participation was recorded.
    """

    __slots__ = (
        "ai_id",
        "aicall_id",
        "tm_create",
    )
    _fields = (
        ("ai_id", "ai_id"),
        ("aicall_id", "aicall_id"),
        ("tm_create", "tm_create"),
    )
    _wire_names = frozenset(
        {
            "ai_id",
            "aicall_id",
            "tm_create",
        }
    )

    ai_id: str
    aicall_id: str
    tm_create: datetime.datetime | None

    def __init__(
        self,
        *,
        ai_id: str | None = None,
        aicall_id: str | None = None,
        tm_create: datetime.datetime | None = None,
    ) -> None:
        self._data = {}
        self.ai_id = ai_id  # type: ignore[assignment]
        self.aicall_id = aicall_id  # type: ignore[assignment]
        self.tm_create = tm_create

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = src_dict if type(src_dict) is dict else as_object(src_dict, "AIParticipant")
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("ai_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("AIParticipant", "ai_id", "str", v)
        self.ai_id = v
        v = get("aicall_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("AIParticipant", "aicall_id", "str", v)
        self.aicall_id = v
        v = get("tm_create")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "AIParticipant", "tm_create")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_create = v
        return self
