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


class PutCustomerBody(Model):
    """Attributes:
    name (str): The new name of the customer.
    detail (str): Additional details about the customer.
    email (str): The customer's email address.
    phone_number (str): The customer's phone number.
    address (str): The customer's address.
    webhook_method (CustomerWebhookMethod): The HTTP method used for webhook (e.g., POST, GET, PUT, DELETE).
    webhook_uri (str): Webhook URI.
    """

    __slots__ = (
        "address",
        "detail",
        "email",
        "name",
        "phone_number",
        "webhook_method",
        "webhook_uri",
    )
    _fields = (
        ("name", "name"),
        ("detail", "detail"),
        ("email", "email"),
        ("phone_number", "phone_number"),
        ("address", "address"),
        ("webhook_method", "webhook_method"),
        ("webhook_uri", "webhook_uri"),
    )
    _wire_names = frozenset(
        {
            "name",
            "detail",
            "email",
            "phone_number",
            "address",
            "webhook_method",
            "webhook_uri",
        }
    )

    name: str
    detail: str
    email: str
    phone_number: str
    address: str
    webhook_method: CustomerWebhookMethod
    webhook_uri: str

    def __init__(
        self,
        *,
        name: str | None = None,
        detail: str | None = None,
        email: str | None = None,
        phone_number: str | None = None,
        address: str | None = None,
        webhook_method: CustomerWebhookMethod | None = None,
        webhook_uri: str | None = None,
    ) -> None:
        self._data = {}
        self.name = name  # type: ignore[assignment]
        self.detail = detail  # type: ignore[assignment]
        self.email = email  # type: ignore[assignment]
        self.phone_number = phone_number  # type: ignore[assignment]
        self.address = address  # type: ignore[assignment]
        self.webhook_method = webhook_method  # type: ignore[assignment]
        self.webhook_uri = webhook_uri  # type: ignore[assignment]

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "PutCustomerBody")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("name")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PutCustomerBody", "name", "str", v)
        self.name = v
        v = get("detail")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PutCustomerBody", "detail", "str", v)
        self.detail = v
        v = get("email")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PutCustomerBody", "email", "str", v)
        self.email = v
        v = get("phone_number")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PutCustomerBody", "phone_number", "str", v)
        self.phone_number = v
        v = get("address")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PutCustomerBody", "address", "str", v)
        self.address = v
        v = get("webhook_method")
        if v is not None:
            m = (
                CustomerWebhookMethod._value2member_map_.get(v)
                if type(v) is str
                else None
            )
            v = (
                open_enum(CustomerWebhookMethod, v, "PutCustomerBody", "webhook_method")
                if m is None
                else m
            )
        self.webhook_method = v
        v = get("webhook_uri")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PutCustomerBody", "webhook_uri", "str", v)
        self.webhook_uri = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.customer_webhook_method import CustomerWebhookMethod
