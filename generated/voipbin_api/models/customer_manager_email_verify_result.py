from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
)


class CustomerManagerEmailVerifyResult(Model):
    """Result of a successful email verification. Contains the verified customer.

    Attributes:
        customer (CustomerManagerCustomer | None):
    """

    __slots__ = ("customer",)
    _fields = (("customer", "customer"),)
    _wire_names = frozenset(
        {
            "customer",
        }
    )

    customer: CustomerManagerCustomer | None

    def __init__(
        self,
        *,
        customer: CustomerManagerCustomer | None = None,
    ) -> None:
        self._data = {}
        self.customer = customer

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "CustomerManagerEmailVerifyResult")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("customer")
        if v is not None:
            try:
                v = CustomerManagerCustomer.from_dict(v)
            except FieldError as error:
                raise error.within(
                    "CustomerManagerEmailVerifyResult", "customer"
                ) from None
        self.customer = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.customer_manager_customer import CustomerManagerCustomer
