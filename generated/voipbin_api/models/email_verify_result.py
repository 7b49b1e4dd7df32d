from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
)


class EmailVerifyResult(Model):
    """Result of a successful email verification. Contains the verified customer.

    Attributes:
        customer (Customer | None):
    """

    __slots__ = ("customer",)
    _fields = (("customer", "customer"),)
    _wire_names = frozenset(
        {
            "customer",
        }
    )

    customer: Customer | None

    def __init__(
        self,
        *,
        customer: Customer | None = None,
    ) -> None:
        self._data = {}
        self.customer = customer

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "EmailVerifyResult")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("customer")
        if v is not None:
            try:
                v = Customer.from_dict(v)
            except FieldError as error:
                raise error.within("EmailVerifyResult", "customer") from None
        self.customer = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.customer import Customer
