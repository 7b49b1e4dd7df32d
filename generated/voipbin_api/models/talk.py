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
    open_enum,
    timestamp,
)


class Talk(Model):
    """Attributes:
    id (str): The unique identifier of the talk. Returned from the `POST /service_agents/talk_chats` or `GET
        /service_agents/talk_chats` response.
    customer_id (str): The unique identifier of the customer who owns this talk. Returned from the `GET
        /customers` response.
    tm_create (datetime.datetime | None): Timestamp when the talk was created.
    tm_update (datetime.datetime | None): Timestamp when the talk was last updated.
    tm_delete (datetime.datetime | None): Timestamp when the talk was deleted.
    type (TalkType | None): Type of the talk.
    name (str | None): Talk name (optional).
    detail (str | None): Talk description/detail (optional).
    member_count (int | None): Number of participants in this chat.
    """

    __slots__ = (
        "customer_id",
        "detail",
        "id",
        "member_count",
        "name",
        "tm_create",
        "tm_delete",
        "tm_update",
        "type",
    )
    _fields = (
        ("id", "id"),
        ("customer_id", "customer_id"),
        ("tm_create", "tm_create"),
        ("tm_update", "tm_update"),
        ("tm_delete", "tm_delete"),
        ("type", "type"),
        ("name", "name"),
        ("detail", "detail"),
        ("member_count", "member_count"),
    )
    _wire_names = frozenset(
        {
            "id",
            "customer_id",
            "tm_create",
            "tm_update",
            "tm_delete",
            "type",
            "name",
            "detail",
            "member_count",
        }
    )

    id: str
    customer_id: str
    tm_create: datetime.datetime | None
    tm_update: datetime.datetime | None
    tm_delete: datetime.datetime | None
    type: TalkType | None
    name: str | None
    detail: str | None
    member_count: int | None

    def __init__(
        self,
        *,
        id: str | None = None,
        customer_id: str | None = None,
        tm_create: datetime.datetime | None = None,
        tm_update: datetime.datetime | None = None,
        tm_delete: datetime.datetime | None = None,
        type: TalkType | None = None,
        name: str | None = None,
        detail: str | None = None,
        member_count: int | None = None,
    ) -> None:
        self._data = {}
        self.id = id  # type: ignore[assignment]
        self.customer_id = customer_id  # type: ignore[assignment]
        self.tm_create = tm_create
        self.tm_update = tm_update
        self.tm_delete = tm_delete
        self.type = type
        self.name = name
        self.detail = detail
        self.member_count = member_count

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = src_dict if type(src_dict) is dict else as_object(src_dict, "Talk")
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Talk", "id", "str", v)
        self.id = v
        v = get("customer_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Talk", "customer_id", "str", v)
        self.customer_id = v
        v = get("tm_create")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Talk", "tm_create")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_create = v
        v = get("tm_update")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Talk", "tm_update")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_update = v
        v = get("tm_delete")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Talk", "tm_delete")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_delete = v
        v = get("type")
        if v is not None:
            m = TalkType._value2member_map_.get(v) if type(v) is str else None
            v = open_enum(TalkType, v, "Talk", "type") if m is None else m
        self.type = v
        v = get("name")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Talk", "name", "str", v)
        self.name = v
        v = get("detail")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Talk", "detail", "str", v)
        self.detail = v
        v = get("member_count")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("Talk", "member_count", "int", v)
        self.member_count = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.talk_type import TalkType
