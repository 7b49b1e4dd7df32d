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


class PostContactAddressesBody(Model):
    """Attributes:
    type (PostContactAddressesBodyType): Address type. 'tel' for phone numbers, 'email' for email addresses,
        'web_session' for a webchat visitor's continuity token (temporary/internal attribution address; not exposed
        on the Contact.Addresses field).
    target (str): The address value. E.164 format for tel, email address for email.
    contact_id (str | None): The ID of the contact to add the address to. Omit to create an unresolved address
        in the customer's unresolved pool.
    name (str | None): Optional human-readable label for this address.
    detail (str | None): Optional free-form notes about this address.
    is_primary (bool | None): Whether this is the primary address for the contact.
    """

    __slots__ = ("contact_id", "detail", "is_primary", "name", "target", "type")
    _fields = (
        ("type", "type"),
        ("target", "target"),
        ("contact_id", "contact_id"),
        ("name", "name"),
        ("detail", "detail"),
        ("is_primary", "is_primary"),
    )
    _wire_names = frozenset(
        {
            "type",
            "target",
            "contact_id",
            "name",
            "detail",
            "is_primary",
        }
    )

    type: PostContactAddressesBodyType
    target: str
    contact_id: str | None
    name: str | None
    detail: str | None
    is_primary: bool | None

    def __init__(
        self,
        *,
        type: PostContactAddressesBodyType | None = None,
        target: str | None = None,
        contact_id: str | None = None,
        name: str | None = None,
        detail: str | None = None,
        is_primary: bool | None = None,
    ) -> None:
        self._data = {}
        self.type = type  # type: ignore[assignment]
        self.target = target  # type: ignore[assignment]
        self.contact_id = contact_id
        self.name = name
        self.detail = detail
        self.is_primary = is_primary

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "PostContactAddressesBody")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("type")
        if v is not None:
            m = (
                PostContactAddressesBodyType._value2member_map_.get(v)
                if type(v) is str
                else None
            )
            v = (
                open_enum(
                    PostContactAddressesBodyType, v, "PostContactAddressesBody", "type"
                )
                if m is None
                else m
            )
        self.type = v
        v = get("target")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostContactAddressesBody", "target", "str", v)
        self.target = v
        v = get("contact_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostContactAddressesBody", "contact_id", "str", v)
        self.contact_id = v
        v = get("name")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostContactAddressesBody", "name", "str", v)
        self.name = v
        v = get("detail")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostContactAddressesBody", "detail", "str", v)
        self.detail = v
        v = get("is_primary")
        if type(v) is not bool and v is not None:
            raise FieldError("PostContactAddressesBody", "is_primary", "bool", v)
        self.is_primary = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.post_contact_addresses_body_type import PostContactAddressesBodyType
