from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    UTC,
    FieldError,
    Model,
    as_object,
    fromisoformat,
    in_utc,
    new_model,
    open_enum,
    timestamp,
)


class Billing(Model):
    """Attributes:
    id (str): The unique identifier of the billing.
    customer_id (str): The customer's unique identifier. Returned from the `GET /customers` response.
    account_id (str): The billing account ID. Returned from the `GET /billing_accounts/{id}` response.
    transaction_type (BillingTransactionType): The nature of the ledger entry.
    status (BillingStatus): Status of the billing.
    reference_type (BillingreferenceType): The type of reference associated with this billing.
    reference_id (str): The unique identifier of the referenced resource. The actual resource type is determined
        by reference_type. Returned from the corresponding resource endpoint.
    cost_type (BillingCostType): The classification of the billing cost.
    usage_duration (int): The actual usage duration in seconds.
    billable_units (int): The number of billable units (e.g. minutes, rounded up).
    rate_token_per_unit (int): The token rate per billable unit.
    rate_credit_per_unit (int): The credit rate per billable unit in micros.
    amount_token (int): The token delta for this transaction (negative for usage, positive for top-up).
    amount_credit (int): The credit delta for this transaction in micros (negative for usage, positive for top-
        up).
    balance_token_snapshot (int): The token balance after this transaction.
    balance_credit_snapshot (int): The credit balance after this transaction in micros.
    idempotency_key (str): A unique key to prevent duplicate transactions.
    tm_billing_start (datetime.datetime | None): The start timestamp of the billing period.
    tm_billing_end (datetime.datetime | None): The end timestamp of the billing period.
    tm_create (datetime.datetime | None): The creation timestamp.
    tm_update (datetime.datetime | None): The last update timestamp.
    tm_delete (datetime.datetime | None): The deletion timestamp, if applicable.
    """

    __slots__ = (
        "account_id",
        "amount_credit",
        "amount_token",
        "balance_credit_snapshot",
        "balance_token_snapshot",
        "billable_units",
        "cost_type",
        "customer_id",
        "id",
        "idempotency_key",
        "rate_credit_per_unit",
        "rate_token_per_unit",
        "reference_id",
        "reference_type",
        "status",
        "tm_billing_end",
        "tm_billing_start",
        "tm_create",
        "tm_delete",
        "tm_update",
        "transaction_type",
        "usage_duration",
    )
    _fields = (
        ("id", "id"),
        ("customer_id", "customer_id"),
        ("account_id", "account_id"),
        ("transaction_type", "transaction_type"),
        ("status", "status"),
        ("reference_type", "reference_type"),
        ("reference_id", "reference_id"),
        ("cost_type", "cost_type"),
        ("usage_duration", "usage_duration"),
        ("billable_units", "billable_units"),
        ("rate_token_per_unit", "rate_token_per_unit"),
        ("rate_credit_per_unit", "rate_credit_per_unit"),
        ("amount_token", "amount_token"),
        ("amount_credit", "amount_credit"),
        ("balance_token_snapshot", "balance_token_snapshot"),
        ("balance_credit_snapshot", "balance_credit_snapshot"),
        ("idempotency_key", "idempotency_key"),
        ("tm_billing_start", "tm_billing_start"),
        ("tm_billing_end", "tm_billing_end"),
        ("tm_create", "tm_create"),
        ("tm_update", "tm_update"),
        ("tm_delete", "tm_delete"),
    )
    _wire_names = frozenset(
        {
            "id",
            "customer_id",
            "account_id",
            "transaction_type",
            "status",
            "reference_type",
            "reference_id",
            "cost_type",
            "usage_duration",
            "billable_units",
            "rate_token_per_unit",
            "rate_credit_per_unit",
            "amount_token",
            "amount_credit",
            "balance_token_snapshot",
            "balance_credit_snapshot",
            "idempotency_key",
            "tm_billing_start",
            "tm_billing_end",
            "tm_create",
            "tm_update",
            "tm_delete",
        }
    )

    id: str
    customer_id: str
    account_id: str
    transaction_type: BillingTransactionType
    status: BillingStatus
    reference_type: BillingreferenceType
    reference_id: str
    cost_type: BillingCostType
    usage_duration: int
    billable_units: int
    rate_token_per_unit: int
    rate_credit_per_unit: int
    amount_token: int
    amount_credit: int
    balance_token_snapshot: int
    balance_credit_snapshot: int
    idempotency_key: str
    tm_billing_start: datetime.datetime | None
    tm_billing_end: datetime.datetime | None
    tm_create: datetime.datetime | None
    tm_update: datetime.datetime | None
    tm_delete: datetime.datetime | None

    def __init__(
        self,
        *,
        id: str | None = None,
        customer_id: str | None = None,
        account_id: str | None = None,
        transaction_type: BillingTransactionType | None = None,
        status: BillingStatus | None = None,
        reference_type: BillingreferenceType | None = None,
        reference_id: str | None = None,
        cost_type: BillingCostType | None = None,
        usage_duration: int | None = None,
        billable_units: int | None = None,
        rate_token_per_unit: int | None = None,
        rate_credit_per_unit: int | None = None,
        amount_token: int | None = None,
        amount_credit: int | None = None,
        balance_token_snapshot: int | None = None,
        balance_credit_snapshot: int | None = None,
        idempotency_key: str | None = None,
        tm_billing_start: datetime.datetime | None = None,
        tm_billing_end: datetime.datetime | None = None,
        tm_create: datetime.datetime | None = None,
        tm_update: datetime.datetime | None = None,
        tm_delete: datetime.datetime | None = None,
    ) -> None:
        self._data = {}
        self.id = id  # type: ignore[assignment]
        self.customer_id = customer_id  # type: ignore[assignment]
        self.account_id = account_id  # type: ignore[assignment]
        self.transaction_type = transaction_type  # type: ignore[assignment]
        self.status = status  # type: ignore[assignment]
        self.reference_type = reference_type  # type: ignore[assignment]
        self.reference_id = reference_id  # type: ignore[assignment]
        self.cost_type = cost_type  # type: ignore[assignment]
        self.usage_duration = usage_duration  # type: ignore[assignment]
        self.billable_units = billable_units  # type: ignore[assignment]
        self.rate_token_per_unit = rate_token_per_unit  # type: ignore[assignment]
        self.rate_credit_per_unit = rate_credit_per_unit  # type: ignore[assignment]
        self.amount_token = amount_token  # type: ignore[assignment]
        self.amount_credit = amount_credit  # type: ignore[assignment]
        self.balance_token_snapshot = balance_token_snapshot  # type: ignore[assignment]
        self.balance_credit_snapshot = balance_credit_snapshot  # type: ignore[assignment]
        self.idempotency_key = idempotency_key  # type: ignore[assignment]
        self.tm_billing_start = tm_billing_start
        self.tm_billing_end = tm_billing_end
        self.tm_create = tm_create
        self.tm_update = tm_update
        self.tm_delete = tm_delete

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = src_dict if type(src_dict) is dict else as_object(src_dict, "Billing")
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Billing", "id", "str", v)
        self.id = v
        v = get("customer_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Billing", "customer_id", "str", v)
        self.customer_id = v
        v = get("account_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Billing", "account_id", "str", v)
        self.account_id = v
        v = get("transaction_type")
        if v is not None:
            m = (
                BillingTransactionType._value2member_map_.get(v)
                if type(v) is str
                else None
            )
            v = (
                open_enum(BillingTransactionType, v, "Billing", "transaction_type")
                if m is None
                else m
            )
        self.transaction_type = v
        v = get("status")
        if v is not None:
            m = BillingStatus._value2member_map_.get(v) if type(v) is str else None
            v = open_enum(BillingStatus, v, "Billing", "status") if m is None else m
        self.status = v
        v = get("reference_type")
        if v is not None:
            m = (
                BillingreferenceType._value2member_map_.get(v)
                if type(v) is str
                else None
            )
            v = (
                open_enum(BillingreferenceType, v, "Billing", "reference_type")
                if m is None
                else m
            )
        self.reference_type = v
        v = get("reference_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Billing", "reference_id", "str", v)
        self.reference_id = v
        v = get("cost_type")
        if v is not None:
            m = BillingCostType._value2member_map_.get(v) if type(v) is str else None
            v = (
                open_enum(BillingCostType, v, "Billing", "cost_type")
                if m is None
                else m
            )
        self.cost_type = v
        v = get("usage_duration")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("Billing", "usage_duration", "int", v)
        self.usage_duration = v
        v = get("billable_units")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("Billing", "billable_units", "int", v)
        self.billable_units = v
        v = get("rate_token_per_unit")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("Billing", "rate_token_per_unit", "int", v)
        self.rate_token_per_unit = v
        v = get("rate_credit_per_unit")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("Billing", "rate_credit_per_unit", "int", v)
        self.rate_credit_per_unit = v
        v = get("amount_token")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("Billing", "amount_token", "int", v)
        self.amount_token = v
        v = get("amount_credit")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("Billing", "amount_credit", "int", v)
        self.amount_credit = v
        v = get("balance_token_snapshot")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("Billing", "balance_token_snapshot", "int", v)
        self.balance_token_snapshot = v
        v = get("balance_credit_snapshot")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("Billing", "balance_credit_snapshot", "int", v)
        self.balance_credit_snapshot = v
        v = get("idempotency_key")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Billing", "idempotency_key", "str", v)
        self.idempotency_key = v
        v = get("tm_billing_start")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Billing", "tm_billing_start")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_billing_start = v
        v = get("tm_billing_end")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Billing", "tm_billing_end")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_billing_end = v
        v = get("tm_create")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Billing", "tm_create")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_create = v
        v = get("tm_update")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Billing", "tm_update")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_update = v
        v = get("tm_delete")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Billing", "tm_delete")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_delete = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.billing_cost_type import BillingCostType
from ..models.billing_status import BillingStatus
from ..models.billing_transaction_type import BillingTransactionType
from ..models.billingreference_type import BillingreferenceType
