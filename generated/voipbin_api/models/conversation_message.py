from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    UTC,
    Address,
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


class ConversationMessage(Model):
    """Attributes:
    id (str): The unique identifier of the message.
    customer_id (str): The unique identifier of the customer. Returned from the `GET /customers` response.
    conversation_id (str): The unique identifier of the conversation. Returned from the `GET /conversations`
        response.
    reference_id (str): The unique identifier of the referenced resource. The actual resource type is determined
        by reference_type. Returned from the corresponding resource endpoint.
    source (Address): Contains source or destination detail info.
    destination (Address): Contains source or destination detail info.
    tm_create (datetime.datetime | None): Timestamp when the message was created.
    tm_update (datetime.datetime | None): Timestamp when the message was last updated.
    tm_delete (datetime.datetime | None): Timestamp when the message was deleted.
    direction (ConversationMessageDirection | None): Direction of the message (incoming or outgoing).
    status (ConversationMessageStatus | None): Delivery status of the message.
    reference_type (MessageReferenceType | None): Source channel that produced the message.
    text (str | None): The message content.
    medias (list[ConversationMedia] | None): List of media associated with the message.
    """

    __slots__ = (
        "conversation_id",
        "customer_id",
        "destination",
        "direction",
        "id",
        "medias",
        "reference_id",
        "reference_type",
        "source",
        "status",
        "text",
        "tm_create",
        "tm_delete",
        "tm_update",
    )
    _fields = (
        ("id", "id"),
        ("customer_id", "customer_id"),
        ("conversation_id", "conversation_id"),
        ("reference_id", "reference_id"),
        ("source", "source"),
        ("destination", "destination"),
        ("tm_create", "tm_create"),
        ("tm_update", "tm_update"),
        ("tm_delete", "tm_delete"),
        ("direction", "direction"),
        ("status", "status"),
        ("reference_type", "reference_type"),
        ("text", "text"),
        ("medias", "medias"),
    )
    _wire_names = frozenset(
        {
            "id",
            "customer_id",
            "conversation_id",
            "reference_id",
            "source",
            "destination",
            "tm_create",
            "tm_update",
            "tm_delete",
            "direction",
            "status",
            "reference_type",
            "text",
            "medias",
        }
    )

    id: str
    customer_id: str
    conversation_id: str
    reference_id: str
    source: Address
    destination: Address
    tm_create: datetime.datetime | None
    tm_update: datetime.datetime | None
    tm_delete: datetime.datetime | None
    direction: ConversationMessageDirection | None
    status: ConversationMessageStatus | None
    reference_type: MessageReferenceType | None
    text: str | None
    medias: list[ConversationMedia] | None

    def __init__(
        self,
        *,
        id: str | None = None,
        customer_id: str | None = None,
        conversation_id: str | None = None,
        reference_id: str | None = None,
        source: Address | None = None,
        destination: Address | None = None,
        tm_create: datetime.datetime | None = None,
        tm_update: datetime.datetime | None = None,
        tm_delete: datetime.datetime | None = None,
        direction: ConversationMessageDirection | None = None,
        status: ConversationMessageStatus | None = None,
        reference_type: MessageReferenceType | None = None,
        text: str | None = None,
        medias: list[ConversationMedia] | None = None,
    ) -> None:
        self._data = {}
        self.id = id  # type: ignore[assignment]
        self.customer_id = customer_id  # type: ignore[assignment]
        self.conversation_id = conversation_id  # type: ignore[assignment]
        self.reference_id = reference_id  # type: ignore[assignment]
        self.source = source  # type: ignore[assignment]
        self.destination = destination  # type: ignore[assignment]
        self.tm_create = tm_create
        self.tm_update = tm_update
        self.tm_delete = tm_delete
        self.direction = direction
        self.status = status
        self.reference_type = reference_type
        self.text = text
        self.medias = medias

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "ConversationMessage")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ConversationMessage", "id", "str", v)
        self.id = v
        v = get("customer_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ConversationMessage", "customer_id", "str", v)
        self.customer_id = v
        v = get("conversation_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ConversationMessage", "conversation_id", "str", v)
        self.conversation_id = v
        v = get("reference_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ConversationMessage", "reference_id", "str", v)
        self.reference_id = v
        v = get("source")
        if v is not None:
            try:
                v = Address.from_dict(v)
            except FieldError as error:
                raise error.within("ConversationMessage", "source") from None
        self.source = v
        v = get("destination")
        if v is not None:
            try:
                v = Address.from_dict(v)
            except FieldError as error:
                raise error.within("ConversationMessage", "destination") from None
        self.destination = v
        v = get("tm_create")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "ConversationMessage", "tm_create")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_create = v
        v = get("tm_update")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "ConversationMessage", "tm_update")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_update = v
        v = get("tm_delete")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "ConversationMessage", "tm_delete")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_delete = v
        v = get("direction")
        if v is not None:
            m = (
                ConversationMessageDirection._value2member_map_.get(v)
                if type(v) is str
                else None
            )
            v = (
                open_enum(
                    ConversationMessageDirection, v, "ConversationMessage", "direction"
                )
                if m is None
                else m
            )
        self.direction = v
        v = get("status")
        if v is not None:
            m = (
                ConversationMessageStatus._value2member_map_.get(v)
                if type(v) is str
                else None
            )
            v = (
                open_enum(ConversationMessageStatus, v, "ConversationMessage", "status")
                if m is None
                else m
            )
        self.status = v
        v = get("reference_type")
        if v is not None:
            m = (
                MessageReferenceType._value2member_map_.get(v)
                if type(v) is str
                else None
            )
            v = (
                open_enum(
                    MessageReferenceType, v, "ConversationMessage", "reference_type"
                )
                if m is None
                else m
            )
        self.reference_type = v
        v = get("text")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ConversationMessage", "text", "str", v)
        self.text = v
        v = get("medias")
        if v is not None:
            v = model_list(ConversationMedia, v, "ConversationMessage", "medias")
        self.medias = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.conversation_media import ConversationMedia
from ..models.conversation_message_direction import ConversationMessageDirection
from ..models.conversation_message_status import ConversationMessageStatus
from ..models.message_reference_type import MessageReferenceType
