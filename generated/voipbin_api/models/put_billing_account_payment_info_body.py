from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    Model,
    as_object,
    new_model,
    open_enum,
)


class PutBillingAccountPaymentInfoBody(Model):
    """Attributes:
    payment_type (AccountPaymentType | None): The type of payment associated with the account.
    payment_method (AccountPaymentMethod | None): The method of payment used for the account.
    """

    __slots__ = ("payment_method", "payment_type")
    _fields = (
        ("payment_type", "payment_type"),
        ("payment_method", "payment_method"),
    )
    _wire_names = frozenset(
        {
            "payment_type",
            "payment_method",
        }
    )

    payment_type: AccountPaymentType | None
    payment_method: AccountPaymentMethod | None

    def __init__(
        self,
        *,
        payment_type: AccountPaymentType | None = None,
        payment_method: AccountPaymentMethod | None = None,
    ) -> None:
        self._data = {}
        self.payment_type = payment_type
        self.payment_method = payment_method

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "PutBillingAccountPaymentInfoBody")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("payment_type")
        if v is not None:
            m = AccountPaymentType._value2member_map_.get(v) if type(v) is str else None
            v = (
                open_enum(
                    AccountPaymentType,
                    v,
                    "PutBillingAccountPaymentInfoBody",
                    "payment_type",
                )
                if m is None
                else m
            )
        self.payment_type = v
        v = get("payment_method")
        if v is not None:
            m = (
                AccountPaymentMethod._value2member_map_.get(v)
                if type(v) is str
                else None
            )
            v = (
                open_enum(
                    AccountPaymentMethod,
                    v,
                    "PutBillingAccountPaymentInfoBody",
                    "payment_method",
                )
                if m is None
                else m
            )
        self.payment_method = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.account_payment_method import AccountPaymentMethod
from ..models.account_payment_type import AccountPaymentType
