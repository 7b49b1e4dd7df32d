from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    Address,
    FieldError,
    Model,
    as_object,
    model_list,
    new_model,
    open_enum,
)


class PostTransfersBody(Model):
    """Attributes:
    transfer_type (TransferType):
    transferer_call_id (str): Call ID of the transfer initiator.
    transferee_addresses (list[Address]): Addresses of the transfer recipients.
    """

    __slots__ = ("transfer_type", "transferee_addresses", "transferer_call_id")
    _fields = (
        ("transfer_type", "transfer_type"),
        ("transferer_call_id", "transferer_call_id"),
        ("transferee_addresses", "transferee_addresses"),
    )
    _wire_names = frozenset(
        {
            "transfer_type",
            "transferer_call_id",
            "transferee_addresses",
        }
    )

    transfer_type: TransferType
    transferer_call_id: str
    transferee_addresses: list[Address]

    def __init__(
        self,
        *,
        transfer_type: TransferType | None = None,
        transferer_call_id: str | None = None,
        transferee_addresses: list[Address] | None = None,
    ) -> None:
        self._data = {}
        self.transfer_type = transfer_type  # type: ignore[assignment]
        self.transferer_call_id = transferer_call_id  # type: ignore[assignment]
        self.transferee_addresses = transferee_addresses  # type: ignore[assignment]

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "PostTransfersBody")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("transfer_type")
        if v is not None:
            m = TransferType._value2member_map_.get(v) if type(v) is str else None
            v = (
                open_enum(TransferType, v, "PostTransfersBody", "transfer_type")
                if m is None
                else m
            )
        self.transfer_type = v
        v = get("transferer_call_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostTransfersBody", "transferer_call_id", "str", v)
        self.transferer_call_id = v
        v = get("transferee_addresses")
        if v is not None:
            v = model_list(Address, v, "PostTransfersBody", "transferee_addresses")
        self.transferee_addresses = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.transfer_type import TransferType
