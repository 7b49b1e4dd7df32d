from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
    open_enum,
)


class GetConversationsBody(Model):
    """Attributes:
    customer_id (str | None): Filter by customer ID
    account_id (str | None): Filter by account ID
    dialog_id (str | None): Filter by dialog ID
    type (GetConversationsBodyType | None): Filter by conversation type
    deleted (bool | None): Include deleted conversations if true
    """

    __slots__ = ("account_id", "customer_id", "deleted", "dialog_id", "type")
    _fields = (
        ("customer_id", "customer_id"),
        ("account_id", "account_id"),
        ("dialog_id", "dialog_id"),
        ("type", "type"),
        ("deleted", "deleted"),
    )
    _wire_names = frozenset(
        {
            "customer_id",
            "account_id",
            "dialog_id",
            "type",
            "deleted",
        }
    )

    customer_id: str | None
    account_id: str | None
    dialog_id: str | None
    type: GetConversationsBodyType | None
    deleted: bool | None

    def __init__(
        self,
        *,
        customer_id: str | None = None,
        account_id: str | None = None,
        dialog_id: str | None = None,
        type: GetConversationsBodyType | None = None,
        deleted: bool | None = None,
    ) -> None:
        self._data = {}
        self.customer_id = customer_id
        self.account_id = account_id
        self.dialog_id = dialog_id
        self.type = type
        self.deleted = deleted

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "GetConversationsBody")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("customer_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("GetConversationsBody", "customer_id", "str", v)
        self.customer_id = v
        v = get("account_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("GetConversationsBody", "account_id", "str", v)
        self.account_id = v
        v = get("dialog_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("GetConversationsBody", "dialog_id", "str", v)
        self.dialog_id = v
        v = get("type")
        if v is not None:
            m = (
                GetConversationsBodyType._value2member_map_.get(v)
                if type(v) is str
                else None
            )
            v = (
                open_enum(GetConversationsBodyType, v, "GetConversationsBody", "type")
                if m is None
                else m
            )
        self.type = v
        v = get("deleted")
        if type(v) is not bool and v is not None:
            raise FieldError("GetConversationsBody", "deleted", "bool", v)
        self.deleted = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.get_conversations_body_type import GetConversationsBodyType
