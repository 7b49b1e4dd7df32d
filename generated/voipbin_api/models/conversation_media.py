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


class ConversationMedia(Model):
    """Attributes:
    id (str): The unique identifier of the media.
    customer_id (str): The unique identifier of the customer. Returned from the `GET /customers` response.
    tm_create (datetime.datetime | None): Timestamp when the media was created.
    tm_update (datetime.datetime | None): Timestamp when the media was last updated.
    tm_delete (datetime.datetime | None): Timestamp when the media was deleted.
    type (ConversationMediaType | None): Type of the media.
    filename (str | None): Filename of the media.
    """

    __slots__ = (
        "customer_id",
        "filename",
        "id",
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
        ("filename", "filename"),
    )
    _wire_names = frozenset(
        {
            "id",
            "customer_id",
            "tm_create",
            "tm_update",
            "tm_delete",
            "type",
            "filename",
        }
    )

    id: str
    customer_id: str
    tm_create: datetime.datetime | None
    tm_update: datetime.datetime | None
    tm_delete: datetime.datetime | None
    type: ConversationMediaType | None
    filename: str | None

    def __init__(
        self,
        *,
        id: str | None = None,
        customer_id: str | None = None,
        tm_create: datetime.datetime | None = None,
        tm_update: datetime.datetime | None = None,
        tm_delete: datetime.datetime | None = None,
        type: ConversationMediaType | None = None,
        filename: str | None = None,
    ) -> None:
        self._data = {}
        self.id = id  # type: ignore[assignment]
        self.customer_id = customer_id  # type: ignore[assignment]
        self.tm_create = tm_create
        self.tm_update = tm_update
        self.tm_delete = tm_delete
        self.type = type
        self.filename = filename

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "ConversationMedia")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ConversationMedia", "id", "str", v)
        self.id = v
        v = get("customer_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ConversationMedia", "customer_id", "str", v)
        self.customer_id = v
        v = get("tm_create")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "ConversationMedia", "tm_create")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_create = v
        v = get("tm_update")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "ConversationMedia", "tm_update")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_update = v
        v = get("tm_delete")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "ConversationMedia", "tm_delete")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_delete = v
        v = get("type")
        if v is not None:
            m = (
                ConversationMediaType._value2member_map_.get(v)
                if type(v) is str
                else None
            )
            v = (
                open_enum(ConversationMediaType, v, "ConversationMedia", "type")
                if m is None
                else m
            )
        self.type = v
        v = get("filename")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ConversationMedia", "filename", "str", v)
        self.filename = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.conversation_media_type import ConversationMediaType
