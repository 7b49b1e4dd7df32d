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


class ConversationManagerMessage(Model):
    """Attributes:
    id (str): The unique identifier of the message.
    customer_id (str): The unique identifier of the customer. Returned from the `GET /customers` response.
    conversation_id (str): The unique identifier of the conversation. Returned from the `GET /conversations`
        response.
    reference_id (str): The unique identifier of the referenced resource. The actual resource type is determined
        by reference_type. Returned from the corresponding resource endpoint.
    source (CommonAddress): Contains source or destination detail info.
    destination (CommonAddress): Contains source or destination detail info.
    tm_create (datetime.datetime | None): Timestamp when the message was created.
    tm_update (datetime.datetime | None): Timestamp when the message was last updated.
    tm_delete (datetime.datetime | None): Timestamp when the message was deleted.
    direction (ConversationManagerMessageDirection | None): Direction of the message (incoming or outgoing).
    status (ConversationManagerMessageStatus | None): Delivery status of the message.
    reference_type (ConversationManagerMessageReferenceType | None): Source channel that produced the message.
    text (str | None): The message content.
    medias (list[ConversationManagerMedia] | None): List of media associated with the message.
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
    source: CommonAddress
    destination: CommonAddress
    tm_create: datetime.datetime | None
    tm_update: datetime.datetime | None
    tm_delete: datetime.datetime | None
    direction: ConversationManagerMessageDirection | None
    status: ConversationManagerMessageStatus | None
    reference_type: ConversationManagerMessageReferenceType | None
    text: str | None
    medias: list[ConversationManagerMedia] | None

    def __init__(
        self,
        *,
        id: str | None = None,
        customer_id: str | None = None,
        conversation_id: str | None = None,
        reference_id: str | None = None,
        source: CommonAddress | None = None,
        destination: CommonAddress | None = None,
        tm_create: datetime.datetime | None = None,
        tm_update: datetime.datetime | None = None,
        tm_delete: datetime.datetime | None = None,
        direction: ConversationManagerMessageDirection | None = None,
        status: ConversationManagerMessageStatus | None = None,
        reference_type: ConversationManagerMessageReferenceType | None = None,
        text: str | None = None,
        medias: list[ConversationManagerMedia] | None = None,
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
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "ConversationManagerMessage")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ConversationManagerMessage", "id", "str", v)
        self.id = v
        v = get("customer_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ConversationManagerMessage", "customer_id", "str", v)
        self.customer_id = v
        v = get("conversation_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ConversationManagerMessage", "conversation_id", "str", v)
        self.conversation_id = v
        v = get("reference_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ConversationManagerMessage", "reference_id", "str", v)
        self.reference_id = v
        v = get("source")
        if v is not None:
            try:
                v = CommonAddress.from_dict(v)
            except FieldError as error:
                raise error.within("ConversationManagerMessage", "source") from None
        self.source = v
        v = get("destination")
        if v is not None:
            try:
                v = CommonAddress.from_dict(v)
            except FieldError as error:
                raise error.within(
                    "ConversationManagerMessage", "destination"
                ) from None
        self.destination = v
        v = get("tm_create")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "ConversationManagerMessage", "tm_create")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_create = v
        v = get("tm_update")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "ConversationManagerMessage", "tm_update")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_update = v
        v = get("tm_delete")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "ConversationManagerMessage", "tm_delete")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_delete = v
        v = get("direction")
        if v is not None:
            v = open_enum(
                ConversationManagerMessageDirection,
                v,
                "ConversationManagerMessage",
                "direction",
            )
        self.direction = v
        v = get("status")
        if v is not None:
            v = open_enum(
                ConversationManagerMessageStatus,
                v,
                "ConversationManagerMessage",
                "status",
            )
        self.status = v
        v = get("reference_type")
        if v is not None:
            v = open_enum(
                ConversationManagerMessageReferenceType,
                v,
                "ConversationManagerMessage",
                "reference_type",
            )
        self.reference_type = v
        v = get("text")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ConversationManagerMessage", "text", "str", v)
        self.text = v
        v = get("medias")
        if v is not None:
            v = model_list(
                ConversationManagerMedia, v, "ConversationManagerMessage", "medias"
            )
        self.medias = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.common_address import CommonAddress
from ..models.conversation_manager_media import ConversationManagerMedia
from ..models.conversation_manager_message_direction import (
    ConversationManagerMessageDirection,
)
from ..models.conversation_manager_message_reference_type import (
    ConversationManagerMessageReferenceType,
)
from ..models.conversation_manager_message_status import (
    ConversationManagerMessageStatus,
)
