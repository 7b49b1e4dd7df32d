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


class TalkParticipant(Model):
    """Attributes:
    id (str): The unique identifier of the participant.
    customer_id (str): The unique identifier of the customer. Returned from the `GET /customers` response.
    owner_type (str): Resource's owner type.
    owner_id (str): The unique identifier of the participant owner. Returned from the corresponding owner
        resource endpoint.
    chat_id (str): The unique identifier of the talk this participant belongs to. Returned from the `GET
        /service_agents/talk_chats` response.
    tm_joined (datetime.datetime | None): Timestamp when the participant joined the talk.
    """

    __slots__ = ("chat_id", "customer_id", "id", "owner_id", "owner_type", "tm_joined")
    _fields = (
        ("id", "id"),
        ("customer_id", "customer_id"),
        ("owner_type", "owner_type"),
        ("owner_id", "owner_id"),
        ("chat_id", "chat_id"),
        ("tm_joined", "tm_joined"),
    )
    _wire_names = frozenset(
        {
            "id",
            "customer_id",
            "owner_type",
            "owner_id",
            "chat_id",
            "tm_joined",
        }
    )

    id: str
    customer_id: str
    owner_type: str
    owner_id: str
    chat_id: str
    tm_joined: datetime.datetime | None

    def __init__(
        self,
        *,
        id: str | None = None,
        customer_id: str | None = None,
        owner_type: str | None = None,
        owner_id: str | None = None,
        chat_id: str | None = None,
        tm_joined: datetime.datetime | None = None,
    ) -> None:
        self._data = {}
        self.id = id  # type: ignore[assignment]
        self.customer_id = customer_id  # type: ignore[assignment]
        self.owner_type = owner_type  # type: ignore[assignment]
        self.owner_id = owner_id  # type: ignore[assignment]
        self.chat_id = chat_id  # type: ignore[assignment]
        self.tm_joined = tm_joined

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "TalkParticipant")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("TalkParticipant", "id", "str", v)
        self.id = v
        v = get("customer_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("TalkParticipant", "customer_id", "str", v)
        self.customer_id = v
        v = get("owner_type")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("TalkParticipant", "owner_type", "str", v)
        self.owner_type = v
        v = get("owner_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("TalkParticipant", "owner_id", "str", v)
        self.owner_id = v
        v = get("chat_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("TalkParticipant", "chat_id", "str", v)
        self.chat_id = v
        v = get("tm_joined")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "TalkParticipant", "tm_joined")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_joined = v
        return self
