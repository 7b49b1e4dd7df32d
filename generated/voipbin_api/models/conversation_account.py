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


class ConversationAccount(Model):
    """Attributes:
    id (str): The unique identifier of the conversation account.
    customer_id (str): The unique identifier of the customer. Returned from the `GET /customers` response.
    message_flow_id (str): The flow ID to execute when a message is received on this account. Returned from the
        `GET /flows` response.
    tm_create (datetime.datetime | None): Timestamp when the account was created.
    tm_update (datetime.datetime | None): Timestamp when the account was last updated.
    tm_delete (datetime.datetime | None): Timestamp when the account was deleted.
    type (AccountType | None): Type of the account.
    name (str | None): Name of the account.
    detail (str | None): Detailed information about the account.
    secret (str | None): Webhook secret for signature verification. Write-only.
    token (str | None): API token for the messaging platform. Write-only.
    provider_data (AccountProviderData | None): Platform-specific provider configuration. Write-only — never
        returned in GET responses or webhook payloads. Currently used for WhatsApp accounts only.
    """

    __slots__ = (
        "customer_id",
        "detail",
        "id",
        "message_flow_id",
        "name",
        "provider_data",
        "secret",
        "tm_create",
        "tm_delete",
        "tm_update",
        "token",
        "type",
    )
    _fields = (
        ("id", "id"),
        ("customer_id", "customer_id"),
        ("message_flow_id", "message_flow_id"),
        ("tm_create", "tm_create"),
        ("tm_update", "tm_update"),
        ("tm_delete", "tm_delete"),
        ("type", "type"),
        ("name", "name"),
        ("detail", "detail"),
        ("secret", "secret"),
        ("token", "token"),
        ("provider_data", "provider_data"),
    )
    _wire_names = frozenset(
        {
            "id",
            "customer_id",
            "message_flow_id",
            "tm_create",
            "tm_update",
            "tm_delete",
            "type",
            "name",
            "detail",
            "secret",
            "token",
            "provider_data",
        }
    )

    id: str
    customer_id: str
    message_flow_id: str
    tm_create: datetime.datetime | None
    tm_update: datetime.datetime | None
    tm_delete: datetime.datetime | None
    type: AccountType | None
    name: str | None
    detail: str | None
    secret: str | None
    token: str | None
    provider_data: AccountProviderData | None

    def __init__(
        self,
        *,
        id: str | None = None,
        customer_id: str | None = None,
        message_flow_id: str | None = None,
        tm_create: datetime.datetime | None = None,
        tm_update: datetime.datetime | None = None,
        tm_delete: datetime.datetime | None = None,
        type: AccountType | None = None,
        name: str | None = None,
        detail: str | None = None,
        secret: str | None = None,
        token: str | None = None,
        provider_data: AccountProviderData | None = None,
    ) -> None:
        self._data = {}
        self.id = id  # type: ignore[assignment]
        self.customer_id = customer_id  # type: ignore[assignment]
        self.message_flow_id = message_flow_id  # type: ignore[assignment]
        self.tm_create = tm_create
        self.tm_update = tm_update
        self.tm_delete = tm_delete
        self.type = type
        self.name = name
        self.detail = detail
        self.secret = secret
        self.token = token
        self.provider_data = provider_data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "ConversationAccount")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ConversationAccount", "id", "str", v)
        self.id = v
        v = get("customer_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ConversationAccount", "customer_id", "str", v)
        self.customer_id = v
        v = get("message_flow_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ConversationAccount", "message_flow_id", "str", v)
        self.message_flow_id = v
        v = get("tm_create")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "ConversationAccount", "tm_create")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_create = v
        v = get("tm_update")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "ConversationAccount", "tm_update")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_update = v
        v = get("tm_delete")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "ConversationAccount", "tm_delete")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_delete = v
        v = get("type")
        if v is not None:
            m = AccountType._value2member_map_.get(v) if type(v) is str else None
            v = (
                open_enum(AccountType, v, "ConversationAccount", "type")
                if m is None
                else m
            )
        self.type = v
        v = get("name")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ConversationAccount", "name", "str", v)
        self.name = v
        v = get("detail")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ConversationAccount", "detail", "str", v)
        self.detail = v
        v = get("secret")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ConversationAccount", "secret", "str", v)
        self.secret = v
        v = get("token")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ConversationAccount", "token", "str", v)
        self.token = v
        v = get("provider_data")
        if v is not None:
            try:
                v = AccountProviderData.from_dict(v)
            except FieldError as error:
                raise error.within("ConversationAccount", "provider_data") from None
        self.provider_data = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.account_provider_data import AccountProviderData
from ..models.account_type import AccountType
