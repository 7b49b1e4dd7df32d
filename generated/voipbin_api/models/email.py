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
    model_list,
    new_model,
    open_enum,
    timestamp,
)


class Email(Model):
    """Attributes:
    id (str): The unique identifier of the email.
    customer_id (str): The unique identifier of the customer. Returned from the `GET /customers` response.
    source (Address | None): The source address of the email.
    destinations (list[Address] | None): List of destination addresses. Must contain at least one destination.
    status (EmailStatus): Email status.
    subject (str): The subject of the email.
    content (str): The content of the email.
    attachments (list[EmailAttachment] | None): List of attachments
    tm_create (datetime.datetime | None): Timestamp when the email was created.
    tm_update (datetime.datetime | None): Timestamp when the email was last updated.
    tm_delete (datetime.datetime | None): Timestamp when the email was deleted.
    """

    __slots__ = (
        "attachments",
        "content",
        "customer_id",
        "destinations",
        "id",
        "source",
        "status",
        "subject",
        "tm_create",
        "tm_delete",
        "tm_update",
    )
    _fields = (
        ("id", "id"),
        ("customer_id", "customer_id"),
        ("source", "source"),
        ("destinations", "destinations"),
        ("status", "status"),
        ("subject", "subject"),
        ("content", "content"),
        ("attachments", "attachments"),
        ("tm_create", "tm_create"),
        ("tm_update", "tm_update"),
        ("tm_delete", "tm_delete"),
    )
    _wire_names = frozenset(
        {
            "id",
            "customer_id",
            "source",
            "destinations",
            "status",
            "subject",
            "content",
            "attachments",
            "tm_create",
            "tm_update",
            "tm_delete",
        }
    )

    id: str
    customer_id: str
    source: Address | None
    destinations: list[Address] | None
    status: EmailStatus
    subject: str
    content: str
    attachments: list[EmailAttachment] | None
    tm_create: datetime.datetime | None
    tm_update: datetime.datetime | None
    tm_delete: datetime.datetime | None

    def __init__(
        self,
        *,
        id: str | None = None,
        customer_id: str | None = None,
        source: Address | None = None,
        destinations: list[Address] | None = None,
        status: EmailStatus | None = None,
        subject: str | None = None,
        content: str | None = None,
        attachments: list[EmailAttachment] | None = None,
        tm_create: datetime.datetime | None = None,
        tm_update: datetime.datetime | None = None,
        tm_delete: datetime.datetime | None = None,
    ) -> None:
        self._data = {}
        self.id = id  # type: ignore[assignment]
        self.customer_id = customer_id  # type: ignore[assignment]
        self.source = source
        self.destinations = destinations
        self.status = status  # type: ignore[assignment]
        self.subject = subject  # type: ignore[assignment]
        self.content = content  # type: ignore[assignment]
        self.attachments = attachments
        self.tm_create = tm_create
        self.tm_update = tm_update
        self.tm_delete = tm_delete

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = src_dict if type(src_dict) is dict else as_object(src_dict, "Email")
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Email", "id", "str", v)
        self.id = v
        v = get("customer_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Email", "customer_id", "str", v)
        self.customer_id = v
        v = get("source")
        if v is not None:
            try:
                v = Address.from_dict(v)
            except FieldError as error:
                raise error.within("Email", "source") from None
        self.source = v
        v = get("destinations")
        if v is not None:
            v = model_list(Address, v, "Email", "destinations")
        self.destinations = v
        v = get("status")
        if v is not None:
            m = EmailStatus._value2member_map_.get(v) if type(v) is str else None
            v = open_enum(EmailStatus, v, "Email", "status") if m is None else m
        self.status = v
        v = get("subject")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Email", "subject", "str", v)
        self.subject = v
        v = get("content")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Email", "content", "str", v)
        self.content = v
        v = get("attachments")
        if v is not None:
            v = model_list(EmailAttachment, v, "Email", "attachments")
        self.attachments = v
        v = get("tm_create")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Email", "tm_create")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_create = v
        v = get("tm_update")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Email", "tm_update")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_update = v
        v = get("tm_delete")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Email", "tm_delete")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_delete = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.email_attachment import EmailAttachment
from ..models.email_status import EmailStatus
