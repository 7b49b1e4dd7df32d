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


class PostConversationAccountsBody(Model):
    """Attributes:
    type (AccountType): Type of the account.
    name (str):
    detail (str):
    secret (str):
    token (str):
    provider_data (AccountProviderData | None): Platform-specific provider configuration. Write-only — never
        returned in GET responses or webhook payloads. Currently used for WhatsApp accounts only.
    message_flow_id (str | None):
    """

    __slots__ = (
        "detail",
        "message_flow_id",
        "name",
        "provider_data",
        "secret",
        "token",
        "type",
    )
    _fields = (
        ("type", "type"),
        ("name", "name"),
        ("detail", "detail"),
        ("secret", "secret"),
        ("token", "token"),
        ("provider_data", "provider_data"),
        ("message_flow_id", "message_flow_id"),
    )
    _wire_names = frozenset(
        {
            "type",
            "name",
            "detail",
            "secret",
            "token",
            "provider_data",
            "message_flow_id",
        }
    )

    type: AccountType
    name: str
    detail: str
    secret: str
    token: str
    provider_data: AccountProviderData | None
    message_flow_id: str | None

    def __init__(
        self,
        *,
        type: AccountType | None = None,
        name: str | None = None,
        detail: str | None = None,
        secret: str | None = None,
        token: str | None = None,
        provider_data: AccountProviderData | None = None,
        message_flow_id: str | None = None,
    ) -> None:
        self._data = {}
        self.type = type  # type: ignore[assignment]
        self.name = name  # type: ignore[assignment]
        self.detail = detail  # type: ignore[assignment]
        self.secret = secret  # type: ignore[assignment]
        self.token = token  # type: ignore[assignment]
        self.provider_data = provider_data
        self.message_flow_id = message_flow_id

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "PostConversationAccountsBody")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("type")
        if v is not None:
            m = AccountType._value2member_map_.get(v) if type(v) is str else None
            v = (
                open_enum(AccountType, v, "PostConversationAccountsBody", "type")
                if m is None
                else m
            )
        self.type = v
        v = get("name")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostConversationAccountsBody", "name", "str", v)
        self.name = v
        v = get("detail")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostConversationAccountsBody", "detail", "str", v)
        self.detail = v
        v = get("secret")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostConversationAccountsBody", "secret", "str", v)
        self.secret = v
        v = get("token")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostConversationAccountsBody", "token", "str", v)
        self.token = v
        v = get("provider_data")
        if v is not None:
            try:
                v = AccountProviderData.from_dict(v)
            except FieldError as error:
                raise error.within(
                    "PostConversationAccountsBody", "provider_data"
                ) from None
        self.provider_data = v
        v = get("message_flow_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError(
                "PostConversationAccountsBody", "message_flow_id", "str", v
            )
        self.message_flow_id = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.account_provider_data import AccountProviderData
from ..models.account_type import AccountType
