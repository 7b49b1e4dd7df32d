from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
)


class PutServiceAgentsContactsIdAddressesAddressIdBody(Model):
    """Attributes:
    target (str | None): The updated address value.
    name (str | None): Optional human-readable label for this address.
    detail (str | None): Optional free-form notes about this address.
    is_primary (bool | None): Whether this is the primary address for the given type.
    """

    __slots__ = ("detail", "is_primary", "name", "target")
    _fields = (
        ("target", "target"),
        ("name", "name"),
        ("detail", "detail"),
        ("is_primary", "is_primary"),
    )
    _wire_names = frozenset(
        {
            "target",
            "name",
            "detail",
            "is_primary",
        }
    )

    target: str | None
    name: str | None
    detail: str | None
    is_primary: bool | None

    def __init__(
        self,
        *,
        target: str | None = None,
        name: str | None = None,
        detail: str | None = None,
        is_primary: bool | None = None,
    ) -> None:
        self._data = {}
        self.target = target
        self.name = name
        self.detail = detail
        self.is_primary = is_primary

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "PutServiceAgentsContactsIdAddressesAddressIdBody")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("target")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError(
                "PutServiceAgentsContactsIdAddressesAddressIdBody", "target", "str", v
            )
        self.target = v
        v = get("name")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError(
                "PutServiceAgentsContactsIdAddressesAddressIdBody", "name", "str", v
            )
        self.name = v
        v = get("detail")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError(
                "PutServiceAgentsContactsIdAddressesAddressIdBody", "detail", "str", v
            )
        self.detail = v
        v = get("is_primary")
        if type(v) is not bool and v is not None:
            raise FieldError(
                "PutServiceAgentsContactsIdAddressesAddressIdBody",
                "is_primary",
                "bool",
                v,
            )
        self.is_primary = v
        return self
