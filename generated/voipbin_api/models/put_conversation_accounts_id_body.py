from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
)


class PutConversationAccountsIdBody(Model):
    """Attributes:
    name (str | None):
    detail (str | None):
    secret (str | None):
    token (str | None):
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
    )
    _fields = (
        ("name", "name"),
        ("detail", "detail"),
        ("secret", "secret"),
        ("token", "token"),
        ("provider_data", "provider_data"),
        ("message_flow_id", "message_flow_id"),
    )
    _wire_names = frozenset(
        {
            "name",
            "detail",
            "secret",
            "token",
            "provider_data",
            "message_flow_id",
        }
    )

    name: str | None
    detail: str | None
    secret: str | None
    token: str | None
    provider_data: AccountProviderData | None
    message_flow_id: str | None

    def __init__(
        self,
        *,
        name: str | None = None,
        detail: str | None = None,
        secret: str | None = None,
        token: str | None = None,
        provider_data: AccountProviderData | None = None,
        message_flow_id: str | None = None,
    ) -> None:
        self._data = {}
        self.name = name
        self.detail = detail
        self.secret = secret
        self.token = token
        self.provider_data = provider_data
        self.message_flow_id = message_flow_id

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "PutConversationAccountsIdBody")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("name")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PutConversationAccountsIdBody", "name", "str", v)
        self.name = v
        v = get("detail")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PutConversationAccountsIdBody", "detail", "str", v)
        self.detail = v
        v = get("secret")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PutConversationAccountsIdBody", "secret", "str", v)
        self.secret = v
        v = get("token")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PutConversationAccountsIdBody", "token", "str", v)
        self.token = v
        v = get("provider_data")
        if v is not None:
            try:
                v = AccountProviderData.from_dict(v)
            except FieldError as error:
                raise error.within(
                    "PutConversationAccountsIdBody", "provider_data"
                ) from None
        self.provider_data = v
        v = get("message_flow_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError(
                "PutConversationAccountsIdBody", "message_flow_id", "str", v
            )
        self.message_flow_id = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.account_provider_data import AccountProviderData
