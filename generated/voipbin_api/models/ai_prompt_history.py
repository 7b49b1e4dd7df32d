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


class AIPromptHistory(Model):
    """Attributes:
    id (str): The unique identifier of the prompt history entry.
    customer_id (str): The unique identifier of the associated customer. Returned from the `GET /customers`
        response.
    ai_id (str): The ID of the AI this history entry belongs to. Returned from the `GET /ais` response.
    prompt (str): The init_prompt value at this point in time.
    tm_create (datetime.datetime | None): The time this history entry was recorded.
    proposal_id (str): The prompt proposal whose acceptance made this entry; the nil UUID for a manual update.
    """

    __slots__ = ("ai_id", "customer_id", "id", "prompt", "proposal_id", "tm_create")
    _fields = (
        ("id", "id"),
        ("customer_id", "customer_id"),
        ("ai_id", "ai_id"),
        ("prompt", "prompt"),
        ("tm_create", "tm_create"),
        ("proposal_id", "proposal_id"),
    )
    _wire_names = frozenset(
        {
            "id",
            "customer_id",
            "ai_id",
            "prompt",
            "tm_create",
            "proposal_id",
        }
    )

    id: str
    customer_id: str
    ai_id: str
    prompt: str
    tm_create: datetime.datetime | None
    proposal_id: str

    def __init__(
        self,
        *,
        id: str | None = None,
        customer_id: str | None = None,
        ai_id: str | None = None,
        prompt: str | None = None,
        tm_create: datetime.datetime | None = None,
        proposal_id: str | None = None,
    ) -> None:
        self._data = {}
        self.id = id  # type: ignore[assignment]
        self.customer_id = customer_id  # type: ignore[assignment]
        self.ai_id = ai_id  # type: ignore[assignment]
        self.prompt = prompt  # type: ignore[assignment]
        self.tm_create = tm_create
        self.proposal_id = proposal_id  # type: ignore[assignment]

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "AIPromptHistory")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("AIPromptHistory", "id", "str", v)
        self.id = v
        v = get("customer_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("AIPromptHistory", "customer_id", "str", v)
        self.customer_id = v
        v = get("ai_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("AIPromptHistory", "ai_id", "str", v)
        self.ai_id = v
        v = get("prompt")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("AIPromptHistory", "prompt", "str", v)
        self.prompt = v
        v = get("tm_create")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "AIPromptHistory", "tm_create")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_create = v
        v = get("proposal_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("AIPromptHistory", "proposal_id", "str", v)
        self.proposal_id = v
        return self
