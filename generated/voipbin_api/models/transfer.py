from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    UTC,
    Address,
    FieldError,
    Model,
    as_object,
    fromisoformat,
    in_utc,
    model_list,
    new_model,
    open_enum,
    timestamp,
)


class Transfer(Model):
    """Attributes:
    id (str): The unique identifier of the transfer. Returned from the `POST /transfers` response.
    customer_id (str): The unique identifier of the customer who owns this transfer. Returned from the `GET
        /customers` response.
    type (TransferType):
    transferer_call_id (str): The unique identifier of the call initiating the transfer. Returned from the `GET
        /calls` response.
    transferee_addresses (list[Address] | None): List of target addresses for the transfer.
    transferee_call_id (str): The unique identifier of the call being transferred. Returned from the `GET
        /calls` response.
    groupcall_id (str): The unique identifier of the groupcall created for the transfer. Returned from the `GET
        /groupcalls` response.
    confbridge_id (str): The unique identifier of the conference bridge used for attended transfer. Returned
        from the `GET /conferences` response.
    tm_create (datetime.datetime | None): Timestamp when created
    tm_update (datetime.datetime | None): Timestamp when updated
    tm_delete (datetime.datetime | None): Timestamp when deleted
    """

    __slots__ = (
        "confbridge_id",
        "customer_id",
        "groupcall_id",
        "id",
        "tm_create",
        "tm_delete",
        "tm_update",
        "transferee_addresses",
        "transferee_call_id",
        "transferer_call_id",
        "type",
    )
    _fields = (
        ("id", "id"),
        ("customer_id", "customer_id"),
        ("type", "type"),
        ("transferer_call_id", "transferer_call_id"),
        ("transferee_addresses", "transferee_addresses"),
        ("transferee_call_id", "transferee_call_id"),
        ("groupcall_id", "groupcall_id"),
        ("confbridge_id", "confbridge_id"),
        ("tm_create", "tm_create"),
        ("tm_update", "tm_update"),
        ("tm_delete", "tm_delete"),
    )
    _wire_names = frozenset(
        {
            "id",
            "customer_id",
            "type",
            "transferer_call_id",
            "transferee_addresses",
            "transferee_call_id",
            "groupcall_id",
            "confbridge_id",
            "tm_create",
            "tm_update",
            "tm_delete",
        }
    )

    id: str
    customer_id: str
    type: TransferType
    transferer_call_id: str
    transferee_addresses: list[Address] | None
    transferee_call_id: str
    groupcall_id: str
    confbridge_id: str
    tm_create: datetime.datetime | None
    tm_update: datetime.datetime | None
    tm_delete: datetime.datetime | None

    def __init__(
        self,
        *,
        id: str | None = None,
        customer_id: str | None = None,
        type: TransferType | None = None,
        transferer_call_id: str | None = None,
        transferee_addresses: list[Address] | None = None,
        transferee_call_id: str | None = None,
        groupcall_id: str | None = None,
        confbridge_id: str | None = None,
        tm_create: datetime.datetime | None = None,
        tm_update: datetime.datetime | None = None,
        tm_delete: datetime.datetime | None = None,
    ) -> None:
        self._data = {}
        self.id = id  # type: ignore[assignment]
        self.customer_id = customer_id  # type: ignore[assignment]
        self.type = type  # type: ignore[assignment]
        self.transferer_call_id = transferer_call_id  # type: ignore[assignment]
        self.transferee_addresses = transferee_addresses
        self.transferee_call_id = transferee_call_id  # type: ignore[assignment]
        self.groupcall_id = groupcall_id  # type: ignore[assignment]
        self.confbridge_id = confbridge_id  # type: ignore[assignment]
        self.tm_create = tm_create
        self.tm_update = tm_update
        self.tm_delete = tm_delete

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = src_dict if type(src_dict) is dict else as_object(src_dict, "Transfer")
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Transfer", "id", "str", v)
        self.id = v
        v = get("customer_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Transfer", "customer_id", "str", v)
        self.customer_id = v
        v = get("type")
        if v is not None:
            m = TransferType._value2member_map_.get(v) if type(v) is str else None
            v = open_enum(TransferType, v, "Transfer", "type") if m is None else m
        self.type = v
        v = get("transferer_call_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Transfer", "transferer_call_id", "str", v)
        self.transferer_call_id = v
        v = get("transferee_addresses")
        if v is not None:
            v = model_list(Address, v, "Transfer", "transferee_addresses")
        self.transferee_addresses = v
        v = get("transferee_call_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Transfer", "transferee_call_id", "str", v)
        self.transferee_call_id = v
        v = get("groupcall_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Transfer", "groupcall_id", "str", v)
        self.groupcall_id = v
        v = get("confbridge_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Transfer", "confbridge_id", "str", v)
        self.confbridge_id = v
        v = get("tm_create")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Transfer", "tm_create")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_create = v
        v = get("tm_update")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Transfer", "tm_update")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_update = v
        v = get("tm_delete")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Transfer", "tm_delete")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_delete = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.transfer_type import TransferType
