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
    model_list,
    new_model,
    open_enum,
    timestamp,
)


class TalkMessage(Model):
    """Attributes:
    id (str): The unique identifier of the message. Returned from the `POST /service_agents/talk_messages` or
        `GET /service_agents/talk_messages` response.
    customer_id (str): The unique identifier of the customer who owns this message. Returned from the `GET
        /customers` response.
    owner_type (str): Resource's owner type.
    owner_id (str): The unique identifier of the message author. Returned from the corresponding owner resource
        endpoint.
    chat_id (str): The unique identifier of the talk this message belongs to. Returned from the `GET
        /service_agents/talk_chats` response.
    type (TalkMessageType): Type of the message.
    text (str): Message text content.
    medias (list[TalkMedia] | None): Media attachments.
    metadata (TalkMetadata):
    tm_create (datetime.datetime | None): Timestamp when the message was created.
    tm_update (datetime.datetime | None): Timestamp when the message was last updated.
    tm_delete (datetime.datetime | None): Timestamp when the message was deleted.
    parent_id (str | None): The unique identifier of the parent message (for threaded replies). Returned from
        the `GET /service_agents/talk_messages` response.
    """

    __slots__ = (
        "chat_id",
        "customer_id",
        "id",
        "medias",
        "metadata",
        "owner_id",
        "owner_type",
        "parent_id",
        "text",
        "tm_create",
        "tm_delete",
        "tm_update",
        "type",
    )
    _fields = (
        ("id", "id"),
        ("customer_id", "customer_id"),
        ("owner_type", "owner_type"),
        ("owner_id", "owner_id"),
        ("chat_id", "chat_id"),
        ("type", "type"),
        ("text", "text"),
        ("medias", "medias"),
        ("metadata", "metadata"),
        ("tm_create", "tm_create"),
        ("tm_update", "tm_update"),
        ("tm_delete", "tm_delete"),
        ("parent_id", "parent_id"),
    )
    _wire_names = frozenset(
        {
            "id",
            "customer_id",
            "owner_type",
            "owner_id",
            "chat_id",
            "type",
            "text",
            "medias",
            "metadata",
            "tm_create",
            "tm_update",
            "tm_delete",
            "parent_id",
        }
    )

    id: str
    customer_id: str
    owner_type: str
    owner_id: str
    chat_id: str
    type: TalkMessageType
    text: str
    medias: list[TalkMedia] | None
    metadata: TalkMetadata
    tm_create: datetime.datetime | None
    tm_update: datetime.datetime | None
    tm_delete: datetime.datetime | None
    parent_id: str | None

    def __init__(
        self,
        *,
        id: str | None = None,
        customer_id: str | None = None,
        owner_type: str | None = None,
        owner_id: str | None = None,
        chat_id: str | None = None,
        type: TalkMessageType | None = None,
        text: str | None = None,
        medias: list[TalkMedia] | None = None,
        metadata: TalkMetadata | None = None,
        tm_create: datetime.datetime | None = None,
        tm_update: datetime.datetime | None = None,
        tm_delete: datetime.datetime | None = None,
        parent_id: str | None = None,
    ) -> None:
        self._data = {}
        self.id = id  # type: ignore[assignment]
        self.customer_id = customer_id  # type: ignore[assignment]
        self.owner_type = owner_type  # type: ignore[assignment]
        self.owner_id = owner_id  # type: ignore[assignment]
        self.chat_id = chat_id  # type: ignore[assignment]
        self.type = type  # type: ignore[assignment]
        self.text = text  # type: ignore[assignment]
        self.medias = medias
        self.metadata = metadata  # type: ignore[assignment]
        self.tm_create = tm_create
        self.tm_update = tm_update
        self.tm_delete = tm_delete
        self.parent_id = parent_id

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = src_dict if type(src_dict) is dict else as_object(src_dict, "TalkMessage")
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("TalkMessage", "id", "str", v)
        self.id = v
        v = get("customer_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("TalkMessage", "customer_id", "str", v)
        self.customer_id = v
        v = get("owner_type")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("TalkMessage", "owner_type", "str", v)
        self.owner_type = v
        v = get("owner_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("TalkMessage", "owner_id", "str", v)
        self.owner_id = v
        v = get("chat_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("TalkMessage", "chat_id", "str", v)
        self.chat_id = v
        v = get("type")
        if v is not None:
            m = TalkMessageType._value2member_map_.get(v) if type(v) is str else None
            v = open_enum(TalkMessageType, v, "TalkMessage", "type") if m is None else m
        self.type = v
        v = get("text")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("TalkMessage", "text", "str", v)
        self.text = v
        v = get("medias")
        if v is not None:
            v = model_list(TalkMedia, v, "TalkMessage", "medias")
        self.medias = v
        v = get("metadata")
        if v is not None:
            try:
                v = TalkMetadata.from_dict(v)
            except FieldError as error:
                raise error.within("TalkMessage", "metadata") from None
        self.metadata = v
        v = get("tm_create")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "TalkMessage", "tm_create")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_create = v
        v = get("tm_update")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "TalkMessage", "tm_update")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_update = v
        v = get("tm_delete")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "TalkMessage", "tm_delete")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_delete = v
        v = get("parent_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("TalkMessage", "parent_id", "str", v)
        self.parent_id = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.talk_media import TalkMedia
from ..models.talk_message_type import TalkMessageType
from ..models.talk_metadata import TalkMetadata
