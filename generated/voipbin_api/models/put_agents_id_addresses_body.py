from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    Model,
    as_object,
    model_list,
    new_model,
)


class PutAgentsIdAddressesBody(Model):
    """Attributes:
    addresses (list[CommonAddress] | None):
    """

    __slots__ = ("addresses",)
    _fields = (("addresses", "addresses"),)
    _wire_names = frozenset(
        {
            "addresses",
        }
    )

    addresses: list[CommonAddress] | None

    def __init__(
        self,
        *,
        addresses: list[CommonAddress] | None = None,
    ) -> None:
        self._data = {}
        self.addresses = addresses

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
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
            v = model_list(CommonAddress, v, "PutAgentsIdAddressesBody", "addresses")
        self.addresses = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.common_address import CommonAddress
