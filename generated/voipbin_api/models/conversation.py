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
    new_model,
    open_enum,
    timestamp,
)


class Conversation(Model):
    """Attributes:
    id (str): The unique identifier of the conversation.
    customer_id (str): The unique identifier of the customer. Returned from the `GET /customers` response.
    owner_type (str): Type of the conversation owner.
    owner_id (str): The unique identifier of the conversation owner. Returned from the corresponding owner
        resource endpoint (e.g., `GET /agents`).
    account_id (str): The unique identifier of the conversation account. Returned from the `GET
        /conversation_accounts` response.
    self_ (Address): Contains source or destination detail info.
    peer (Address): Contains source or destination detail info.
    tm_create (datetime.datetime | None): Timestamp when the conversation was created.
    tm_update (datetime.datetime | None): Timestamp when the conversation was last updated.
    tm_delete (datetime.datetime | None): Timestamp when the conversation was deleted.
    name (str | None): Name of the conversation.
    detail (str | None): Detailed information about the conversation.
    type (ConversationType | None): Type of the conversation.
    dialog_id (str | None): The identifier of the referenced conversation transaction. For Line, this is the
        chatroom ID.
    """

    __slots__ = (
        "account_id",
        "customer_id",
        "detail",
        "dialog_id",
        "id",
        "name",
        "owner_id",
        "owner_type",
        "peer",
        "self_",
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
        ("account_id", "account_id"),
        ("self_", "self"),
        ("peer", "peer"),
        ("tm_create", "tm_create"),
        ("tm_update", "tm_update"),
        ("tm_delete", "tm_delete"),
        ("name", "name"),
        ("detail", "detail"),
        ("type", "type"),
        ("dialog_id", "dialog_id"),
    )
    _wire_names = frozenset(
        {
            "id",
            "customer_id",
            "owner_type",
            "owner_id",
            "account_id",
            "self",
            "peer",
            "tm_create",
            "tm_update",
            "tm_delete",
            "name",
            "detail",
            "type",
            "dialog_id",
        }
    )

    id: str
    customer_id: str
    owner_type: str
    owner_id: str
    account_id: str
    self_: Address
    peer: Address
    tm_create: datetime.datetime | None
    tm_update: datetime.datetime | None
    tm_delete: datetime.datetime | None
    name: str | None
    detail: str | None
    type: ConversationType | None
    dialog_id: str | None

    def __init__(
        self,
        *,
        id: str | None = None,
        customer_id: str | None = None,
        owner_type: str | None = None,
        owner_id: str | None = None,
        account_id: str | None = None,
        self_: Address | None = None,
        peer: Address | None = None,
        tm_create: datetime.datetime | None = None,
        tm_update: datetime.datetime | None = None,
        tm_delete: datetime.datetime | None = None,
        name: str | None = None,
        detail: str | None = None,
        type: ConversationType | None = None,
        dialog_id: str | None = None,
    ) -> None:
        self._data = {}
        self.id = id  # type: ignore[assignment]
        self.customer_id = customer_id  # type: ignore[assignment]
        self.owner_type = owner_type  # type: ignore[assignment]
        self.owner_id = owner_id  # type: ignore[assignment]
        self.account_id = account_id  # type: ignore[assignment]
        self.self_ = self_  # type: ignore[assignment]
        self.peer = peer  # type: ignore[assignment]
        self.tm_create = tm_create
        self.tm_update = tm_update
        self.tm_delete = tm_delete
        self.name = name
        self.detail = detail
        self.type = type
        self.dialog_id = dialog_id

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = src_dict if type(src_dict) is dict else as_object(src_dict, "Conversation")
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Conversation", "id", "str", v)
        self.id = v
        v = get("customer_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Conversation", "customer_id", "str", v)
        self.customer_id = v
        v = get("owner_type")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Conversation", "owner_type", "str", v)
        self.owner_type = v
        v = get("owner_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Conversation", "owner_id", "str", v)
        self.owner_id = v
        v = get("account_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Conversation", "account_id", "str", v)
        self.account_id = v
        v = get("self")
        if v is not None:
            try:
                v = Address.from_dict(v)
            except FieldError as error:
                raise error.within("Conversation", "self") from None
        self.self_ = v
        v = get("peer")
        if v is not None:
            try:
                v = Address.from_dict(v)
            except FieldError as error:
                raise error.within("Conversation", "peer") from None
        self.peer = v
        v = get("tm_create")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Conversation", "tm_create")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_create = v
        v = get("tm_update")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Conversation", "tm_update")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_update = v
        v = get("tm_delete")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Conversation", "tm_delete")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_delete = v
        v = get("name")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Conversation", "name", "str", v)
        self.name = v
        v = get("detail")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Conversation", "detail", "str", v)
        self.detail = v
        v = get("type")
        if v is not None:
            m = ConversationType._value2member_map_.get(v) if type(v) is str else None
            v = (
                open_enum(ConversationType, v, "Conversation", "type")
                if m is None
                else m
            )
        self.type = v
        v = get("dialog_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Conversation", "dialog_id", "str", v)
        self.dialog_id = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.conversation_type import ConversationType
