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


class Customer(Model):
    """Attributes:
    id (str): The unique identifier of the customer.
    billing_account_id (str): The unique identifier of the customer's default billing account. Returned from the
        `GET /billing_accounts/{id}` response.
    metadata (CustomerMetadata): Configuration flags for a customer account. Controls platform behavior
        such as RTP packet capture for debugging audio issues.
        Updatable by CustomerAdmin via `PUT /customer/metadata`
        or by ProjectSuperAdmin via `PUT /customers/{id}/metadata`.
    email_verified (bool): Whether the customer's email has been verified.
    status (CustomerStatus): Account lifecycle status.
    identity_verification_status (CustomerIdentityVerificationStatus): Customer's identity verification status.
        Determines access to PSTN number purchases and outbound PSTN calls.
    tm_deletion_scheduled (datetime.datetime | None): Timestamp when account deletion was requested. Null if not
        scheduled.
    tm_create (datetime.datetime | None): Timestamp when the customer was created.
    tm_update (datetime.datetime | None): Timestamp when the customer was last updated.
    tm_delete (datetime.datetime | None): Timestamp when the customer was deleted.
    name (str | None): Name of the customer.
    detail (str | None): Details about the customer.
    email (str | None): Email address of the customer.
    phone_number (str | None): Customer's contact phone number in E.164 format.
    address (str | None): Address of the customer.
    webhook_method (CustomerWebhookMethod | None): The HTTP method used for webhook (e.g., POST, GET, PUT,
        DELETE).
    webhook_uri (str | None): URI where webhook events are delivered.
    webhook_secret (str | None): The HMAC-SHA256 key that signs this customer's webhooks (the X-VoIPBIN-
        Signature header); only GET /customer sends it.
    """

    __slots__ = (
        "address",
        "billing_account_id",
        "detail",
        "email",
        "email_verified",
        "id",
        "identity_verification_status",
        "metadata",
        "name",
        "phone_number",
        "status",
        "tm_create",
        "tm_delete",
        "tm_deletion_scheduled",
        "tm_update",
        "webhook_method",
        "webhook_secret",
        "webhook_uri",
    )
    _fields = (
        ("id", "id"),
        ("billing_account_id", "billing_account_id"),
        ("metadata", "metadata"),
        ("email_verified", "email_verified"),
        ("status", "status"),
        ("identity_verification_status", "identity_verification_status"),
        ("tm_deletion_scheduled", "tm_deletion_scheduled"),
        ("tm_create", "tm_create"),
        ("tm_update", "tm_update"),
        ("tm_delete", "tm_delete"),
        ("name", "name"),
        ("detail", "detail"),
        ("email", "email"),
        ("phone_number", "phone_number"),
        ("address", "address"),
        ("webhook_method", "webhook_method"),
        ("webhook_uri", "webhook_uri"),
        ("webhook_secret", "webhook_secret"),
    )
    _wire_names = frozenset(
        {
            "id",
            "billing_account_id",
            "metadata",
            "email_verified",
            "status",
            "identity_verification_status",
            "tm_deletion_scheduled",
            "tm_create",
            "tm_update",
            "tm_delete",
            "name",
            "detail",
            "email",
            "phone_number",
            "address",
            "webhook_method",
            "webhook_uri",
            "webhook_secret",
        }
    )

    id: str
    billing_account_id: str
    metadata: CustomerMetadata
    email_verified: bool
    status: CustomerStatus
    identity_verification_status: CustomerIdentityVerificationStatus
    tm_deletion_scheduled: datetime.datetime | None
    tm_create: datetime.datetime | None
    tm_update: datetime.datetime | None
    tm_delete: datetime.datetime | None
    name: str | None
    detail: str | None
    email: str | None
    phone_number: str | None
    address: str | None
    webhook_method: CustomerWebhookMethod | None
    webhook_uri: str | None
    webhook_secret: str | None

    def __init__(
        self,
        *,
        id: str | None = None,
        billing_account_id: str | None = None,
        metadata: CustomerMetadata | None = None,
        email_verified: bool | None = None,
        status: CustomerStatus | None = None,
        identity_verification_status: CustomerIdentityVerificationStatus | None = None,
        tm_deletion_scheduled: datetime.datetime | None = None,
        tm_create: datetime.datetime | None = None,
        tm_update: datetime.datetime | None = None,
        tm_delete: datetime.datetime | None = None,
        name: str | None = None,
        detail: str | None = None,
        email: str | None = None,
        phone_number: str | None = None,
        address: str | None = None,
        webhook_method: CustomerWebhookMethod | None = None,
        webhook_uri: str | None = None,
        webhook_secret: str | None = None,
    ) -> None:
        self._data = {}
        self.id = id  # type: ignore[assignment]
        self.billing_account_id = billing_account_id  # type: ignore[assignment]
        self.metadata = metadata  # type: ignore[assignment]
        self.email_verified = email_verified  # type: ignore[assignment]
        self.status = status  # type: ignore[assignment]
        self.identity_verification_status = identity_verification_status  # type: ignore[assignment]
        self.tm_deletion_scheduled = tm_deletion_scheduled
        self.tm_create = tm_create
        self.tm_update = tm_update
        self.tm_delete = tm_delete
        self.name = name
        self.detail = detail
        self.email = email
        self.phone_number = phone_number
        self.address = address
        self.webhook_method = webhook_method
        self.webhook_uri = webhook_uri
        self.webhook_secret = webhook_secret

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = src_dict if type(src_dict) is dict else as_object(src_dict, "Customer")
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Customer", "id", "str", v)
        self.id = v
        v = get("billing_account_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Customer", "billing_account_id", "str", v)
        self.billing_account_id = v
        v = get("metadata")
        if v is not None:
            try:
                v = CustomerMetadata.from_dict(v)
            except FieldError as error:
                raise error.within("Customer", "metadata") from None
        self.metadata = v
        v = get("email_verified")
        if type(v) is not bool and v is not None:
            raise FieldError("Customer", "email_verified", "bool", v)
        self.email_verified = v
        v = get("status")
        if v is not None:
            m = CustomerStatus._value2member_map_.get(v) if type(v) is str else None
            v = open_enum(CustomerStatus, v, "Customer", "status") if m is None else m
        self.status = v
        v = get("identity_verification_status")
        if v is not None:
            m = (
                CustomerIdentityVerificationStatus._value2member_map_.get(v)
                if type(v) is str
                else None
            )
            v = (
                open_enum(
                    CustomerIdentityVerificationStatus,
                    v,
                    "Customer",
                    "identity_verification_status",
                )
                if m is None
                else m
            )
        self.identity_verification_status = v
        v = get("tm_deletion_scheduled")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Customer", "tm_deletion_scheduled")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_deletion_scheduled = v
        v = get("tm_create")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Customer", "tm_create")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_create = v
        v = get("tm_update")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Customer", "tm_update")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_update = v
        v = get("tm_delete")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Customer", "tm_delete")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_delete = v
        v = get("name")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Customer", "name", "str", v)
        self.name = v
        v = get("detail")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Customer", "detail", "str", v)
        self.detail = v
        v = get("email")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Customer", "email", "str", v)
        self.email = v
        v = get("phone_number")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Customer", "phone_number", "str", v)
        self.phone_number = v
        v = get("address")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Customer", "address", "str", v)
        self.address = v
        v = get("webhook_method")
        if v is not None:
            m = (
                CustomerWebhookMethod._value2member_map_.get(v)
                if type(v) is str
                else None
            )
            v = (
                open_enum(CustomerWebhookMethod, v, "Customer", "webhook_method")
                if m is None
                else m
            )
        self.webhook_method = v
        v = get("webhook_uri")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Customer", "webhook_uri", "str", v)
        self.webhook_uri = v
        v = get("webhook_secret")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Customer", "webhook_secret", "str", v)
        self.webhook_secret = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.customer_identity_verification_status import (
    CustomerIdentityVerificationStatus,
)
from ..models.customer_metadata import CustomerMetadata
from ..models.customer_status import CustomerStatus
from ..models.customer_webhook_method import CustomerWebhookMethod
