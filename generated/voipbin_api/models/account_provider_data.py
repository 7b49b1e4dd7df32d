from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
)


class AccountProviderData(Model):
    """Platform-specific provider configuration. Write-only — never returned in GET responses or webhook payloads.
    Currently used for WhatsApp accounts only.

    Attributes:
        phone_number_id (str | None): The Meta phone number ID associated with your WhatsApp Business phone number.
            Found in Meta Business Manager under WhatsApp → Phone numbers.
        app_secret (str | None): The Meta app secret for your WhatsApp Business App. Used to validate the X-Hub-
            Signature-256 header on inbound webhook requests from Meta.
    """

    __slots__ = ("app_secret", "phone_number_id")
    _fields = (
        ("phone_number_id", "phone_number_id"),
        ("app_secret", "app_secret"),
    )
    _wire_names = frozenset(
        {
            "phone_number_id",
            "app_secret",
        }
    )

    phone_number_id: str | None
    app_secret: str | None

    def __init__(
        self,
        *,
        phone_number_id: str | None = None,
        app_secret: str | None = None,
    ) -> None:
        self._data = {}
        self.phone_number_id = phone_number_id
        self.app_secret = app_secret

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "AccountProviderData")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("phone_number_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("AccountProviderData", "phone_number_id", "str", v)
        self.phone_number_id = v
        v = get("app_secret")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("AccountProviderData", "app_secret", "str", v)
        self.app_secret = v
        return self
