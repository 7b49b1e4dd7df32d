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


class ContactAddress(Model):
    """Attributes:
    id (str): Unique identifier for the address.
    contact_id (str): Unique identifier of the contact this address belongs to.
    customer_id (str): Unique identifier of the customer this address belongs to.
    is_primary (bool): Indicates if this is the primary address for the given type.
    tm_create (datetime.datetime | None): Timestamp when the address was created.
    type (AddressType | None): Type of address.
    target (str | None): The address endpoint. Format depends on type: phone number for tel (e.g. +14155551234),
        UUID for agent/conference/extension, email for email, SIP URI for sip.
    target_name (str | None): Address's name.
    name (str | None): Optional label for this address.
    detail (str | None): Additional notes about this address.
    """

    __slots__ = (
        "contact_id",
        "customer_id",
        "detail",
        "id",
        "is_primary",
        "name",
        "target",
        "target_name",
        "tm_create",
        "type",
    )
    _fields = (
        ("id", "id"),
        ("contact_id", "contact_id"),
        ("customer_id", "customer_id"),
        ("is_primary", "is_primary"),
        ("tm_create", "tm_create"),
        ("type", "type"),
        ("target", "target"),
        ("target_name", "target_name"),
        ("name", "name"),
        ("detail", "detail"),
    )
    _wire_names = frozenset(
        {
            "id",
            "contact_id",
            "customer_id",
            "is_primary",
            "tm_create",
            "type",
            "target",
            "target_name",
            "name",
            "detail",
        }
    )

    id: str
    contact_id: str
    customer_id: str
    is_primary: bool
    tm_create: datetime.datetime | None
    type: AddressType | None
    target: str | None
    target_name: str | None
    name: str | None
    detail: str | None

    def __init__(
        self,
        *,
        id: str | None = None,
        contact_id: str | None = None,
        customer_id: str | None = None,
        is_primary: bool | None = None,
        tm_create: datetime.datetime | None = None,
        type: AddressType | None = None,
        target: str | None = None,
        target_name: str | None = None,
        name: str | None = None,
        detail: str | None = None,
    ) -> None:
        self._data = {}
        self.id = id  # type: ignore[assignment]
        self.contact_id = contact_id  # type: ignore[assignment]
        self.customer_id = customer_id  # type: ignore[assignment]
        self.is_primary = is_primary  # type: ignore[assignment]
        self.tm_create = tm_create
        self.type = type
        self.target = target
        self.target_name = target_name
        self.name = name
        self.detail = detail

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "ContactAddress")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ContactAddress", "id", "str", v)
        self.id = v
        v = get("contact_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ContactAddress", "contact_id", "str", v)
        self.contact_id = v
        v = get("customer_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ContactAddress", "customer_id", "str", v)
        self.customer_id = v
        v = get("is_primary")
        if type(v) is not bool and v is not None:
            raise FieldError("ContactAddress", "is_primary", "bool", v)
        self.is_primary = v
        v = get("tm_create")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "ContactAddress", "tm_create")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_create = v
        v = get("type")
        if v is not None:
            m = AddressType._value2member_map_.get(v) if type(v) is str else None
            v = open_enum(AddressType, v, "ContactAddress", "type") if m is None else m
        self.type = v
        v = get("target")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ContactAddress", "target", "str", v)
        self.target = v
        v = get("target_name")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ContactAddress", "target_name", "str", v)
        self.target_name = v
        v = get("name")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ContactAddress", "name", "str", v)
        self.name = v
        v = get("detail")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ContactAddress", "detail", "str", v)
        self.detail = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.address_type import AddressType
