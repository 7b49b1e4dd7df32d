from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
)


class RequestBodyAuthSignupPOST(Model):
    """Request body for POST /auth/signup (self-service customer registration).

    Attributes:
        email (str): Email address for the new customer account. Must be unique across all customers.
        accepted_tos (bool): Must be `true` to confirm acceptance of the Terms of Service. Requests with `false` or
            missing value are rejected with HTTP 400.
        name (str | None): Display name for the customer account.
        detail (str | None): Additional details about the customer.
        phone_number (str | None): Contact phone number in E.164 format.
        address (str | None): Mailing address of the customer.
        webhook_method (str | None): HTTP method for webhook delivery. One of: POST, GET, PUT, DELETE.
        webhook_uri (str | None): URI where webhook events will be delivered.
    """

    __slots__ = (
        "accepted_tos",
        "address",
        "detail",
        "email",
        "name",
        "phone_number",
        "webhook_method",
        "webhook_uri",
    )
    _fields = (
        ("email", "email"),
        ("accepted_tos", "accepted_tos"),
        ("name", "name"),
        ("detail", "detail"),
        ("phone_number", "phone_number"),
        ("address", "address"),
        ("webhook_method", "webhook_method"),
        ("webhook_uri", "webhook_uri"),
    )
    _wire_names = frozenset(
        {
            "email",
            "accepted_tos",
            "name",
            "detail",
            "phone_number",
            "address",
            "webhook_method",
            "webhook_uri",
        }
    )

    email: str
    accepted_tos: bool
    name: str | None
    detail: str | None
    phone_number: str | None
    address: str | None
    webhook_method: str | None
    webhook_uri: str | None

    def __init__(
        self,
        *,
        email: str | None = None,
        accepted_tos: bool | None = None,
        name: str | None = None,
        detail: str | None = None,
        phone_number: str | None = None,
        address: str | None = None,
        webhook_method: str | None = None,
        webhook_uri: str | None = None,
    ) -> None:
        self._data = {}
        self.email = email  # type: ignore[assignment]
        self.accepted_tos = accepted_tos  # type: ignore[assignment]
        self.name = name
        self.detail = detail
        self.phone_number = phone_number
        self.address = address
        self.webhook_method = webhook_method
        self.webhook_uri = webhook_uri

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "RequestBodyAuthSignupPOST")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("email")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("RequestBodyAuthSignupPOST", "email", "str", v)
        self.email = v
        v = get("accepted_tos")
        if type(v) is not bool and v is not None:
            raise FieldError("RequestBodyAuthSignupPOST", "accepted_tos", "bool", v)
        self.accepted_tos = v
        v = get("name")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("RequestBodyAuthSignupPOST", "name", "str", v)
        self.name = v
        v = get("detail")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("RequestBodyAuthSignupPOST", "detail", "str", v)
        self.detail = v
        v = get("phone_number")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("RequestBodyAuthSignupPOST", "phone_number", "str", v)
        self.phone_number = v
        v = get("address")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("RequestBodyAuthSignupPOST", "address", "str", v)
        self.address = v
        v = get("webhook_method")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("RequestBodyAuthSignupPOST", "webhook_method", "str", v)
        self.webhook_method = v
        v = get("webhook_uri")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("RequestBodyAuthSignupPOST", "webhook_uri", "str", v)
        self.webhook_uri = v
        return self
