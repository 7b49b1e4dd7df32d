from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_manager_billing_cost_type import BillingManagerBillingCostType
from ..models.billing_manager_billing_status import BillingManagerBillingStatus
from ..models.billing_manager_billing_transaction_type import (
    BillingManagerBillingTransactionType,
)
from ..models.billing_manager_billingreference_type import (
    BillingManagerBillingreferenceType,
)
from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="BillingManagerBilling")


@_attrs_define
class BillingManagerBilling:
    """
    Attributes:
        id (UUID | Unset): The unique identifier of the billing. Example: 550e8400-e29b-41d4-a716-446655440000.
        customer_id (UUID | Unset): The customer's unique identifier. Returned from the `GET /customers` response.
            Example: 7c4d2f3a-1b8e-4f5c-9a6d-3e2f1a0b4c5d.
        account_id (UUID | Unset): The billing account ID. Returned from the `GET /billing_accounts/{id}` response.
            Example: b8c9d0e1-f2a3-4567-8901-23456789abcd.
        transaction_type (BillingManagerBillingTransactionType | Unset): The nature of the ledger entry. Example: usage.
        status (BillingManagerBillingStatus | Unset): Status of the billing. Example: progressing.
        reference_type (BillingManagerBillingreferenceType | Unset): The type of reference associated with this billing.
            Example: call.
        reference_id (UUID | Unset): The unique identifier of the referenced resource. The actual resource type is
            determined by reference_type. Returned from the corresponding resource endpoint. Example:
            f6a7b8c9-d0e1-2345-6789-0abcdef01234.
        cost_type (BillingManagerBillingCostType | Unset): The classification of the billing cost. Example:
            call_pstn_outgoing.
        usage_duration (int | Unset): The actual usage duration in seconds. Example: 125.
        billable_units (int | Unset): The number of billable units (e.g. minutes, rounded up). Example: 3.
        rate_token_per_unit (int | Unset): The token rate per billable unit. Example: 10.
        rate_credit_per_unit (int | Unset): The credit rate per billable unit in micros. Example: 50000.
        amount_token (int | Unset): The token delta for this transaction (negative for usage, positive for top-up).
            Example: -30.
        amount_credit (int | Unset): The credit delta for this transaction in micros (negative for usage, positive for
            top-up). Example: -150000.
        balance_token_snapshot (int | Unset): The token balance after this transaction. Example: 470.
        balance_credit_snapshot (int | Unset): The credit balance after this transaction in micros. Example: 1350000.
        idempotency_key (UUID | Unset): A unique key to prevent duplicate transactions. Example:
            a1b2c3d4-e5f6-7890-abcd-ef1234567890.
        tm_billing_start (datetime.datetime | None | Unset): The start timestamp of the billing period. Example:
            2026-01-15T09:30:00.000000Z.
        tm_billing_end (datetime.datetime | None | Unset): The end timestamp of the billing period. Example:
            2026-01-15T09:30:00.000000Z.
        tm_create (datetime.datetime | None | Unset): The creation timestamp. Example: 2026-01-15T09:30:00.000000Z.
        tm_update (datetime.datetime | None | Unset): The last update timestamp. Example: 2026-01-15T09:30:00.000000Z.
        tm_delete (datetime.datetime | None | Unset): The deletion timestamp, if applicable. Example:
            2026-01-15T09:30:00.000000Z.
    """

    id: UUID | Unset = UNSET
    customer_id: UUID | Unset = UNSET
    account_id: UUID | Unset = UNSET
    transaction_type: BillingManagerBillingTransactionType | Unset = UNSET
    status: BillingManagerBillingStatus | Unset = UNSET
    reference_type: BillingManagerBillingreferenceType | Unset = UNSET
    reference_id: UUID | Unset = UNSET
    cost_type: BillingManagerBillingCostType | Unset = UNSET
    usage_duration: int | Unset = UNSET
    billable_units: int | Unset = UNSET
    rate_token_per_unit: int | Unset = UNSET
    rate_credit_per_unit: int | Unset = UNSET
    amount_token: int | Unset = UNSET
    amount_credit: int | Unset = UNSET
    balance_token_snapshot: int | Unset = UNSET
    balance_credit_snapshot: int | Unset = UNSET
    idempotency_key: UUID | Unset = UNSET
    tm_billing_start: datetime.datetime | None | Unset = UNSET
    tm_billing_end: datetime.datetime | None | Unset = UNSET
    tm_create: datetime.datetime | None | Unset = UNSET
    tm_update: datetime.datetime | None | Unset = UNSET
    tm_delete: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        customer_id: str | Unset = UNSET
        if not isinstance(self.customer_id, Unset):
            customer_id = str(self.customer_id)

        account_id: str | Unset = UNSET
        if not isinstance(self.account_id, Unset):
            account_id = str(self.account_id)

        transaction_type: str | Unset = UNSET
        if not isinstance(self.transaction_type, Unset):
            transaction_type = self.transaction_type.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        reference_type: str | Unset = UNSET
        if not isinstance(self.reference_type, Unset):
            reference_type = self.reference_type.value

        reference_id: str | Unset = UNSET
        if not isinstance(self.reference_id, Unset):
            reference_id = str(self.reference_id)

        cost_type: str | Unset = UNSET
        if not isinstance(self.cost_type, Unset):
            cost_type = self.cost_type.value

        usage_duration = self.usage_duration

        billable_units = self.billable_units

        rate_token_per_unit = self.rate_token_per_unit

        rate_credit_per_unit = self.rate_credit_per_unit

        amount_token = self.amount_token

        amount_credit = self.amount_credit

        balance_token_snapshot = self.balance_token_snapshot

        balance_credit_snapshot = self.balance_credit_snapshot

        idempotency_key: str | Unset = UNSET
        if not isinstance(self.idempotency_key, Unset):
            idempotency_key = str(self.idempotency_key)

        tm_billing_start: None | str | Unset
        if isinstance(self.tm_billing_start, Unset):
            tm_billing_start = UNSET
        elif isinstance(self.tm_billing_start, datetime.datetime):
            tm_billing_start = self.tm_billing_start.isoformat()
        else:
            tm_billing_start = self.tm_billing_start

        tm_billing_end: None | str | Unset
        if isinstance(self.tm_billing_end, Unset):
            tm_billing_end = UNSET
        elif isinstance(self.tm_billing_end, datetime.datetime):
            tm_billing_end = self.tm_billing_end.isoformat()
        else:
            tm_billing_end = self.tm_billing_end

        tm_create: None | str | Unset
        if isinstance(self.tm_create, Unset):
            tm_create = UNSET
        elif isinstance(self.tm_create, datetime.datetime):
            tm_create = self.tm_create.isoformat()
        else:
            tm_create = self.tm_create

        tm_update: None | str | Unset
        if isinstance(self.tm_update, Unset):
            tm_update = UNSET
        elif isinstance(self.tm_update, datetime.datetime):
            tm_update = self.tm_update.isoformat()
        else:
            tm_update = self.tm_update

        tm_delete: None | str | Unset
        if isinstance(self.tm_delete, Unset):
            tm_delete = UNSET
        elif isinstance(self.tm_delete, datetime.datetime):
            tm_delete = self.tm_delete.isoformat()
        else:
            tm_delete = self.tm_delete

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if transaction_type is not UNSET:
            field_dict["transaction_type"] = transaction_type
        if status is not UNSET:
            field_dict["status"] = status
        if reference_type is not UNSET:
            field_dict["reference_type"] = reference_type
        if reference_id is not UNSET:
            field_dict["reference_id"] = reference_id
        if cost_type is not UNSET:
            field_dict["cost_type"] = cost_type
        if usage_duration is not UNSET:
            field_dict["usage_duration"] = usage_duration
        if billable_units is not UNSET:
            field_dict["billable_units"] = billable_units
        if rate_token_per_unit is not UNSET:
            field_dict["rate_token_per_unit"] = rate_token_per_unit
        if rate_credit_per_unit is not UNSET:
            field_dict["rate_credit_per_unit"] = rate_credit_per_unit
        if amount_token is not UNSET:
            field_dict["amount_token"] = amount_token
        if amount_credit is not UNSET:
            field_dict["amount_credit"] = amount_credit
        if balance_token_snapshot is not UNSET:
            field_dict["balance_token_snapshot"] = balance_token_snapshot
        if balance_credit_snapshot is not UNSET:
            field_dict["balance_credit_snapshot"] = balance_credit_snapshot
        if idempotency_key is not UNSET:
            field_dict["idempotency_key"] = idempotency_key
        if tm_billing_start is not UNSET:
            field_dict["tm_billing_start"] = tm_billing_start
        if tm_billing_end is not UNSET:
            field_dict["tm_billing_end"] = tm_billing_end
        if tm_create is not UNSET:
            field_dict["tm_create"] = tm_create
        if tm_update is not UNSET:
            field_dict["tm_update"] = tm_update
        if tm_delete is not UNSET:
            field_dict["tm_delete"] = tm_delete

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        _customer_id = d.pop("customer_id", UNSET)
        customer_id: UUID | Unset
        if isinstance(_customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = UUID(_customer_id)

        _account_id = d.pop("account_id", UNSET)
        account_id: UUID | Unset
        if isinstance(_account_id, Unset):
            account_id = UNSET
        else:
            account_id = UUID(_account_id)

        _transaction_type = d.pop("transaction_type", UNSET)
        transaction_type: BillingManagerBillingTransactionType | Unset
        if isinstance(_transaction_type, Unset):
            transaction_type = UNSET
        else:
            transaction_type = BillingManagerBillingTransactionType(_transaction_type)

        _status = d.pop("status", UNSET)
        status: BillingManagerBillingStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = BillingManagerBillingStatus(_status)

        _reference_type = d.pop("reference_type", UNSET)
        reference_type: BillingManagerBillingreferenceType | Unset
        if isinstance(_reference_type, Unset):
            reference_type = UNSET
        else:
            reference_type = BillingManagerBillingreferenceType(_reference_type)

        _reference_id = d.pop("reference_id", UNSET)
        reference_id: UUID | Unset
        if isinstance(_reference_id, Unset):
            reference_id = UNSET
        else:
            reference_id = UUID(_reference_id)

        _cost_type = d.pop("cost_type", UNSET)
        cost_type: BillingManagerBillingCostType | Unset
        if isinstance(_cost_type, Unset):
            cost_type = UNSET
        else:
            cost_type = BillingManagerBillingCostType(_cost_type)

        usage_duration = d.pop("usage_duration", UNSET)

        billable_units = d.pop("billable_units", UNSET)

        rate_token_per_unit = d.pop("rate_token_per_unit", UNSET)

        rate_credit_per_unit = d.pop("rate_credit_per_unit", UNSET)

        amount_token = d.pop("amount_token", UNSET)

        amount_credit = d.pop("amount_credit", UNSET)

        balance_token_snapshot = d.pop("balance_token_snapshot", UNSET)

        balance_credit_snapshot = d.pop("balance_credit_snapshot", UNSET)

        _idempotency_key = d.pop("idempotency_key", UNSET)
        idempotency_key: UUID | Unset
        if isinstance(_idempotency_key, Unset):
            idempotency_key = UNSET
        else:
            idempotency_key = UUID(_idempotency_key)

        def _parse_tm_billing_start(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"tm_billing_start: unexpected {type(data).__name__}")
            tm_billing_start_type_0 = parse_datetime(data)

            return tm_billing_start_type_0

        tm_billing_start = _parse_tm_billing_start(d.pop("tm_billing_start", UNSET))

        def _parse_tm_billing_end(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"tm_billing_end: unexpected {type(data).__name__}")
            tm_billing_end_type_0 = parse_datetime(data)

            return tm_billing_end_type_0

        tm_billing_end = _parse_tm_billing_end(d.pop("tm_billing_end", UNSET))

        def _parse_tm_create(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"tm_create: unexpected {type(data).__name__}")
            tm_create_type_0 = parse_datetime(data)

            return tm_create_type_0

        tm_create = _parse_tm_create(d.pop("tm_create", UNSET))

        def _parse_tm_update(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"tm_update: unexpected {type(data).__name__}")
            tm_update_type_0 = parse_datetime(data)

            return tm_update_type_0

        tm_update = _parse_tm_update(d.pop("tm_update", UNSET))

        def _parse_tm_delete(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"tm_delete: unexpected {type(data).__name__}")
            tm_delete_type_0 = parse_datetime(data)

            return tm_delete_type_0

        tm_delete = _parse_tm_delete(d.pop("tm_delete", UNSET))

        billing_manager_billing = cls(
            id=id,
            customer_id=customer_id,
            account_id=account_id,
            transaction_type=transaction_type,
            status=status,
            reference_type=reference_type,
            reference_id=reference_id,
            cost_type=cost_type,
            usage_duration=usage_duration,
            billable_units=billable_units,
            rate_token_per_unit=rate_token_per_unit,
            rate_credit_per_unit=rate_credit_per_unit,
            amount_token=amount_token,
            amount_credit=amount_credit,
            balance_token_snapshot=balance_token_snapshot,
            balance_credit_snapshot=balance_credit_snapshot,
            idempotency_key=idempotency_key,
            tm_billing_start=tm_billing_start,
            tm_billing_end=tm_billing_end,
            tm_create=tm_create,
            tm_update=tm_update,
            tm_delete=tm_delete,
        )

        billing_manager_billing.additional_properties = d
        return billing_manager_billing

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
