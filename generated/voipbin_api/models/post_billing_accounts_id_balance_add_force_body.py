from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
)


class PostBillingAccountsIdBalanceAddForceBody(Model):
    """Attributes:
    balance (float | None):
    """

    __slots__ = ("balance",)
    _fields = (("balance", "balance"),)
    _wire_names = frozenset(
        {
            "balance",
        }
    )

    balance: float | None

    def __init__(
        self,
        *,
        balance: float | None = None,
    ) -> None:
        self._data = {}
        self.balance = balance

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "PostBillingAccountsIdBalanceAddForceBody")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("balance")
        if (
            type(v) is not float
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int | float))
        ):
            raise FieldError(
                "PostBillingAccountsIdBalanceAddForceBody", "balance", "number", v
            )
        self.balance = v
        return self
