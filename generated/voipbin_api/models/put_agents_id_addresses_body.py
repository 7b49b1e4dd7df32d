from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    Address,
    Model,
    as_object,
    model_list,
    new_model,
)


class PutAgentsIdAddressesBody(Model):
    """Attributes:
    addresses (list[Address] | None):
    """

    __slots__ = ("addresses",)
    _fields = (("addresses", "addresses"),)
    _wire_names = frozenset(
        {
            "addresses",
        }
    )

    addresses: list[Address] | None

    def __init__(
        self,
        *,
        addresses: list[Address] | None = None,
    ) -> None:
        self._data = {}
        self.addresses = addresses

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "PutAgentsIdAddressesBody")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("addresses")
        if v is not None:
            v = model_list(Address, v, "PutAgentsIdAddressesBody", "addresses")
        self.addresses = v
        return self
