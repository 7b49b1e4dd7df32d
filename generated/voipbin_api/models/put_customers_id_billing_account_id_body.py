from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
)


class PutCustomersIdBillingAccountIdBody(Model):
    """Attributes:
    billing_account_id (str):
    """

    __slots__ = ("billing_account_id",)
    _fields = (("billing_account_id", "billing_account_id"),)
    _wire_names = frozenset(
        {
            "billing_account_id",
        }
    )

    billing_account_id: str

    def __init__(
        self,
        *,
        billing_account_id: str | None = None,
    ) -> None:
        self._data = {}
        self.billing_account_id = billing_account_id  # type: ignore[assignment]

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "PutCustomersIdBillingAccountIdBody")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("billing_account_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError(
                "PutCustomersIdBillingAccountIdBody", "billing_account_id", "str", v
            )
        self.billing_account_id = v
        return self
