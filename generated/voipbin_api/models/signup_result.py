from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
)


class SignupResult(Model):
    """Result of a successful signup. Contains the newly created customer and a provisioned access key.

    Attributes:
        customer (Customer | None):
        accesskey (Accesskey | None):
    """

    __slots__ = ("accesskey", "customer")
    _fields = (
        ("customer", "customer"),
        ("accesskey", "accesskey"),
    )
    _wire_names = frozenset(
        {
            "customer",
            "accesskey",
        }
    )

    customer: Customer | None
    accesskey: Accesskey | None

    def __init__(
        self,
        *,
        customer: Customer | None = None,
        accesskey: Accesskey | None = None,
    ) -> None:
        self._data = {}
        self.customer = customer
        self.accesskey = accesskey

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = src_dict if type(src_dict) is dict else as_object(src_dict, "SignupResult")
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("customer")
        if v is not None:
            try:
                v = Customer.from_dict(v)
            except FieldError as error:
                raise error.within("SignupResult", "customer") from None
        self.customer = v
        v = get("accesskey")
        if v is not None:
            try:
                v = Accesskey.from_dict(v)
            except FieldError as error:
                raise error.within("SignupResult", "accesskey") from None
        self.accesskey = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.accesskey import Accesskey
from ..models.customer import Customer
