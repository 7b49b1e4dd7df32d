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


class NewContactAddress(Model):
    """Attributes:
    type (AddressType | None): Type of address.
    target (str | None): The address endpoint. Format depends on type: phone number for tel (e.g. +14155551234),
        UUID for agent/conference/extension, email for email, SIP URI for sip.
    target_name (str | None): Address's name.
    name (str | None): Optional label for this address.
    detail (str | None): Additional notes about this address.
    is_primary (bool | None): Whether this is the primary address of its type.
    """

    __slots__ = ("detail", "is_primary", "name", "target", "target_name", "type")
    _fields = (
        ("type", "type"),
        ("target", "target"),
        ("target_name", "target_name"),
        ("name", "name"),
        ("detail", "detail"),
        ("is_primary", "is_primary"),
    )
    _wire_names = frozenset(
        {
            "type",
            "target",
            "target_name",
            "name",
            "detail",
            "is_primary",
        }
    )

    type: AddressType | None
    target: str | None
    target_name: str | None
    name: str | None
    detail: str | None
    is_primary: bool | None

    def __init__(
        self,
        *,
        type: AddressType | None = None,
        target: str | None = None,
        target_name: str | None = None,
        name: str | None = None,
        detail: str | None = None,
        is_primary: bool | None = None,
    ) -> None:
        self._data = {}
        self.type = type
        self.target = target
        self.target_name = target_name
        self.name = name
        self.detail = detail
        self.is_primary = is_primary

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "NewContactAddress")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("type")
        if v is not None:
            m = AddressType._value2member_map_.get(v) if type(v) is str else None
            v = (
                open_enum(AddressType, v, "NewContactAddress", "type")
                if m is None
                else m
            )
        self.type = v
        v = get("target")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("NewContactAddress", "target", "str", v)
        self.target = v
        v = get("target_name")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("NewContactAddress", "target_name", "str", v)
        self.target_name = v
        v = get("name")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("NewContactAddress", "name", "str", v)
        self.name = v
        v = get("detail")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("NewContactAddress", "detail", "str", v)
        self.detail = v
        v = get("is_primary")
        if type(v) is not bool and v is not None:
            raise FieldError("NewContactAddress", "is_primary", "bool", v)
        self.is_primary = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.address_type import AddressType
