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
    model_list,
    new_model,
    open_enum,
    str_list,
    timestamp,
)


class Contact(Model):
    """Attributes:
    id (str): Unique identifier for the contact.
    customer_id (str): Unique identifier of the associated customer.
    first_name (str): First name of the contact.
    last_name (str): Last name of the contact.
    display_name (str): Display name of the contact.
    company (str): Company name associated with the contact.
    job_title (str): Job title of the contact.
    source (ContactSource): Source of the contact.
    external_id (str): External identifier for the contact.
    notes (str): Free-form notes about the contact. May include call summaries, preferences, or special
        instructions.
    tm_create (datetime.datetime | None): Timestamp when the contact was created.
    tm_update (datetime.datetime | None): Timestamp when the contact was last updated.
    tm_delete (datetime.datetime | None): Timestamp when the contact was deleted.
    addresses (list[ContactAddress] | None): List of addresses (tel or email) associated with the contact.
    tag_ids (list[str] | None): List of tag IDs associated with the contact.
    """

    __slots__ = (
        "addresses",
        "company",
        "customer_id",
        "display_name",
        "external_id",
        "first_name",
        "id",
        "job_title",
        "last_name",
        "notes",
        "source",
        "tag_ids",
        "tm_create",
        "tm_delete",
        "tm_update",
    )
    _fields = (
        ("id", "id"),
        ("customer_id", "customer_id"),
        ("first_name", "first_name"),
        ("last_name", "last_name"),
        ("display_name", "display_name"),
        ("company", "company"),
        ("job_title", "job_title"),
        ("source", "source"),
        ("external_id", "external_id"),
        ("notes", "notes"),
        ("tm_create", "tm_create"),
        ("tm_update", "tm_update"),
        ("tm_delete", "tm_delete"),
        ("addresses", "addresses"),
        ("tag_ids", "tag_ids"),
    )
    _wire_names = frozenset(
        {
            "id",
            "customer_id",
            "first_name",
            "last_name",
            "display_name",
            "company",
            "job_title",
            "source",
            "external_id",
            "notes",
            "tm_create",
            "tm_update",
            "tm_delete",
            "addresses",
            "tag_ids",
        }
    )

    id: str
    customer_id: str
    first_name: str
    last_name: str
    display_name: str
    company: str
    job_title: str
    source: ContactSource
    external_id: str
    notes: str
    tm_create: datetime.datetime | None
    tm_update: datetime.datetime | None
    tm_delete: datetime.datetime | None
    addresses: list[ContactAddress] | None
    tag_ids: list[str] | None

    def __init__(
        self,
        *,
        id: str | None = None,
        customer_id: str | None = None,
        first_name: str | None = None,
        last_name: str | None = None,
        display_name: str | None = None,
        company: str | None = None,
        job_title: str | None = None,
        source: ContactSource | None = None,
        external_id: str | None = None,
        notes: str | None = None,
        tm_create: datetime.datetime | None = None,
        tm_update: datetime.datetime | None = None,
        tm_delete: datetime.datetime | None = None,
        addresses: list[ContactAddress] | None = None,
        tag_ids: list[str] | None = None,
    ) -> None:
        self._data = {}
        self.id = id  # type: ignore[assignment]
        self.customer_id = customer_id  # type: ignore[assignment]
        self.first_name = first_name  # type: ignore[assignment]
        self.last_name = last_name  # type: ignore[assignment]
        self.display_name = display_name  # type: ignore[assignment]
        self.company = company  # type: ignore[assignment]
        self.job_title = job_title  # type: ignore[assignment]
        self.source = source  # type: ignore[assignment]
        self.external_id = external_id  # type: ignore[assignment]
        self.notes = notes  # type: ignore[assignment]
        self.tm_create = tm_create
        self.tm_update = tm_update
        self.tm_delete = tm_delete
        self.addresses = addresses
        self.tag_ids = tag_ids

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = src_dict if type(src_dict) is dict else as_object(src_dict, "Contact")
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Contact", "id", "str", v)
        self.id = v
        v = get("customer_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Contact", "customer_id", "str", v)
        self.customer_id = v
        v = get("first_name")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Contact", "first_name", "str", v)
        self.first_name = v
        v = get("last_name")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Contact", "last_name", "str", v)
        self.last_name = v
        v = get("display_name")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Contact", "display_name", "str", v)
        self.display_name = v
        v = get("company")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Contact", "company", "str", v)
        self.company = v
        v = get("job_title")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Contact", "job_title", "str", v)
        self.job_title = v
        v = get("source")
        if v is not None:
            m = ContactSource._value2member_map_.get(v) if type(v) is str else None
            v = open_enum(ContactSource, v, "Contact", "source") if m is None else m
        self.source = v
        v = get("external_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Contact", "external_id", "str", v)
        self.external_id = v
        v = get("notes")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Contact", "notes", "str", v)
        self.notes = v
        v = get("tm_create")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Contact", "tm_create")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_create = v
        v = get("tm_update")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Contact", "tm_update")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_update = v
        v = get("tm_delete")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Contact", "tm_delete")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_delete = v
        v = get("addresses")
        if v is not None:
            v = model_list(ContactAddress, v, "Contact", "addresses")
        self.addresses = v
        v = get("tag_ids")
        if v is not None:
            v = str_list(v, "Contact", "tag_ids")
        self.tag_ids = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.contact_address import ContactAddress
from ..models.contact_source import ContactSource
