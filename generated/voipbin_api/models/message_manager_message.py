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


class MessageManagerMessage(Model):
    """Attributes:
    id (str): Unique identifier for the message.
    customer_id (str): Unique identifier for the customer. Returned from the `GET /customers` response.
    type (MessageManagerMessageType): Type of the message.
    source (CommonAddress | None): The source address of the message.
    targets (list[MessageManagerTarget] | None): List of target addresses to which the message is sent.
    text (str): The text delivered in the body of the message.
    direction (MessageManagerMessageDirection): Direction of the message.
    tm_create (datetime.datetime | None): Timestamp when the message was created.
    tm_update (datetime.datetime | None): Timestamp when the message was last updated.
    tm_delete (datetime.datetime | None): Timestamp when the message was deleted.
    """

    __slots__ = (
        "customer_id",
        "direction",
        "id",
        "source",
        "targets",
        "text",
        "tm_create",
        "tm_delete",
        "tm_update",
        "type",
    )
    _fields = (
        ("id", "id"),
        ("customer_id", "customer_id"),
        ("type", "type"),
        ("source", "source"),
        ("targets", "targets"),
        ("text", "text"),
        ("direction", "direction"),
        ("tm_create", "tm_create"),
        ("tm_update", "tm_update"),
        ("tm_delete", "tm_delete"),
    )
    _wire_names = frozenset(
        {
            "id",
            "customer_id",
            "type",
            "source",
            "targets",
            "text",
            "direction",
            "tm_create",
            "tm_update",
            "tm_delete",
        }
    )

    id: str
    customer_id: str
    type: MessageManagerMessageType
    source: CommonAddress | None
    targets: list[MessageManagerTarget] | None
    text: str
    direction: MessageManagerMessageDirection
    tm_create: datetime.datetime | None
    tm_update: datetime.datetime | None
    tm_delete: datetime.datetime | None

    def __init__(
        self,
        *,
        id: str | None = None,
        customer_id: str | None = None,
        type: MessageManagerMessageType | None = None,
        source: CommonAddress | None = None,
        targets: list[MessageManagerTarget] | None = None,
        text: str | None = None,
        direction: MessageManagerMessageDirection | None = None,
        tm_create: datetime.datetime | None = None,
        tm_update: datetime.datetime | None = None,
        tm_delete: datetime.datetime | None = None,
    ) -> None:
        self._data = {}
        self.id = id  # type: ignore[assignment]
        self.customer_id = customer_id  # type: ignore[assignment]
        self.type = type  # type: ignore[assignment]
        self.source = source
        self.targets = targets
        self.text = text  # type: ignore[assignment]
        self.direction = direction  # type: ignore[assignment]
        self.tm_create = tm_create
        self.tm_update = tm_update
        self.tm_delete = tm_delete

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "MessageManagerMessage")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("MessageManagerMessage", "id", "str", v)
        self.id = v
        v = get("customer_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("MessageManagerMessage", "customer_id", "str", v)
        self.customer_id = v
        v = get("type")
        if v is not None:
            v = open_enum(MessageManagerMessageType, v, "MessageManagerMessage", "type")
        self.type = v
        v = get("source")
        if v is not None:
            try:
                v = CommonAddress.from_dict(v)
            except FieldError as error:
                raise error.within("MessageManagerMessage", "source") from None
        self.source = v
        v = get("targets")
        if v is not None:
            v = model_list(MessageManagerTarget, v, "MessageManagerMessage", "targets")
        self.targets = v
        v = get("text")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("MessageManagerMessage", "text", "str", v)
        self.text = v
        v = get("direction")
        if v is not None:
            v = open_enum(
                MessageManagerMessageDirection, v, "MessageManagerMessage", "direction"
            )
        self.direction = v
        v = get("tm_create")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "MessageManagerMessage", "tm_create")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_create = v
        v = get("tm_update")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "MessageManagerMessage", "tm_update")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_update = v
        v = get("tm_delete")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "MessageManagerMessage", "tm_delete")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_delete = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.common_address import CommonAddress
from ..models.message_manager_message_direction import MessageManagerMessageDirection
from ..models.message_manager_message_type import MessageManagerMessageType
from ..models.message_manager_target import MessageManagerTarget
