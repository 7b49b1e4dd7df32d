from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_manager_account_payment_method import (
    BillingManagerAccountPaymentMethod,
)
from ..models.billing_manager_account_payment_type import (
    BillingManagerAccountPaymentType,
)
from ..models.billing_manager_account_plan_status import BillingManagerAccountPlanStatus
from ..models.billing_manager_account_plan_type import BillingManagerAccountPlanType
from ..models.billing_manager_account_status import BillingManagerAccountStatus
from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="BillingManagerAccountAdmin")


@_attrs_define
class BillingManagerAccountAdmin:
    """Internal billing account representation for project admins. Includes all fields including status.

    Attributes:
        id (UUID | Unset): The unique identifier of the account. Example: b8c9d0e1-f2a3-4567-8901-23456789abcd.
        customer_id (UUID | Unset): The unique identifier of the associated customer. Returned from the `GET /customers`
            response. Example: 7c4d2f3a-1b8e-4f5c-9a6d-3e2f1a0b4c5d.
        status (BillingManagerAccountStatus | Unset): The status of the billing account. Example: active.
        name (str | Unset): The display name of the billing account. Example: Production Account.
        detail (str | Unset): A human-readable note describing the purpose of this account. Example: Main billing
            account for production services.
        plan_type (BillingManagerAccountPlanType | Unset): The plan tier of the billing account. Determines resource
            creation limits. Example: basic.
        plan_status (BillingManagerAccountPlanStatus | Unset): The subscription plan status of the billing account.
            Indicates whether the plan is actively running or scheduled for cancellation. Example: active.
        balance_credit (int | Unset): The credit balance of the account in micros (1 USD = 1,000,000). Example: 1500000.
        balance_token (int | Unset): The token balance of the account. Example: 500.
        payment_type (BillingManagerAccountPaymentType | Unset): The type of payment associated with the account.
            Example: prepaid.
        payment_method (BillingManagerAccountPaymentMethod | Unset): The method of payment used for the account.
            Example: credit card.
        paddle_subscription_id (str | Unset): The Paddle subscription identifier for this billing account. Example:
            sub_01h8bxq9f3e4t5a6g7h8j9k0.
        paddle_customer_id (str | Unset): The Paddle customer identifier for this billing account. Example:
            ctm_01h8bxq9f3e4t5a6g7h8j9k0.
        tm_last_topup (datetime.datetime | None | Unset): The timestamp of the last token top-up. Example:
            2026-01-15T09:30:00.000000Z.
        tm_next_topup (datetime.datetime | None | Unset): The timestamp of the next scheduled token top-up. Example:
            2026-01-15T09:30:00.000000Z.
        tm_create (datetime.datetime | None | Unset): The timestamp when the account was created. Example:
            2026-01-15T09:30:00.000000Z.
        tm_update (datetime.datetime | None | Unset): The timestamp when the account was last updated. Example:
            2026-01-15T09:30:00.000000Z.
        tm_delete (datetime.datetime | None | Unset): The timestamp when the account was deleted, if applicable.
            Example: 2026-01-15T09:30:00.000000Z.
    """

    id: UUID | Unset = UNSET
    customer_id: UUID | Unset = UNSET
    status: BillingManagerAccountStatus | Unset = UNSET
    name: str | Unset = UNSET
    detail: str | Unset = UNSET
    plan_type: BillingManagerAccountPlanType | Unset = UNSET
    plan_status: BillingManagerAccountPlanStatus | Unset = UNSET
    balance_credit: int | Unset = UNSET
    balance_token: int | Unset = UNSET
    payment_type: BillingManagerAccountPaymentType | Unset = UNSET
    payment_method: BillingManagerAccountPaymentMethod | Unset = UNSET
    paddle_subscription_id: str | Unset = UNSET
    paddle_customer_id: str | Unset = UNSET
    tm_last_topup: datetime.datetime | None | Unset = UNSET
    tm_next_topup: datetime.datetime | None | Unset = UNSET
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

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        name = self.name

        detail = self.detail

        plan_type: str | Unset = UNSET
        if not isinstance(self.plan_type, Unset):
            plan_type = self.plan_type.value

        plan_status: str | Unset = UNSET
        if not isinstance(self.plan_status, Unset):
            plan_status = self.plan_status.value

        balance_credit = self.balance_credit

        balance_token = self.balance_token

        payment_type: str | Unset = UNSET
        if not isinstance(self.payment_type, Unset):
            payment_type = self.payment_type.value

        payment_method: str | Unset = UNSET
        if not isinstance(self.payment_method, Unset):
            payment_method = self.payment_method.value

        paddle_subscription_id = self.paddle_subscription_id

        paddle_customer_id = self.paddle_customer_id

        tm_last_topup: None | str | Unset
        if isinstance(self.tm_last_topup, Unset):
            tm_last_topup = UNSET
        elif isinstance(self.tm_last_topup, datetime.datetime):
            tm_last_topup = self.tm_last_topup.isoformat()
        else:
            tm_last_topup = self.tm_last_topup

        tm_next_topup: None | str | Unset
        if isinstance(self.tm_next_topup, Unset):
            tm_next_topup = UNSET
        elif isinstance(self.tm_next_topup, datetime.datetime):
            tm_next_topup = self.tm_next_topup.isoformat()
        else:
            tm_next_topup = self.tm_next_topup

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
        if status is not UNSET:
            field_dict["status"] = status
        if name is not UNSET:
            field_dict["name"] = name
        if detail is not UNSET:
            field_dict["detail"] = detail
        if plan_type is not UNSET:
            field_dict["plan_type"] = plan_type
        if plan_status is not UNSET:
            field_dict["plan_status"] = plan_status
        if balance_credit is not UNSET:
            field_dict["balance_credit"] = balance_credit
        if balance_token is not UNSET:
            field_dict["balance_token"] = balance_token
        if payment_type is not UNSET:
            field_dict["payment_type"] = payment_type
        if payment_method is not UNSET:
            field_dict["payment_method"] = payment_method
        if paddle_subscription_id is not UNSET:
            field_dict["paddle_subscription_id"] = paddle_subscription_id
        if paddle_customer_id is not UNSET:
            field_dict["paddle_customer_id"] = paddle_customer_id
        if tm_last_topup is not UNSET:
            field_dict["tm_last_topup"] = tm_last_topup
        if tm_next_topup is not UNSET:
            field_dict["tm_next_topup"] = tm_next_topup
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

        _status = d.pop("status", UNSET)
        status: BillingManagerAccountStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = BillingManagerAccountStatus(_status)

        name = d.pop("name", UNSET)

        detail = d.pop("detail", UNSET)

        _plan_type = d.pop("plan_type", UNSET)
        plan_type: BillingManagerAccountPlanType | Unset
        if isinstance(_plan_type, Unset):
            plan_type = UNSET
        else:
            plan_type = BillingManagerAccountPlanType(_plan_type)

        _plan_status = d.pop("plan_status", UNSET)
        plan_status: BillingManagerAccountPlanStatus | Unset
        if isinstance(_plan_status, Unset):
            plan_status = UNSET
        else:
            plan_status = BillingManagerAccountPlanStatus(_plan_status)

        balance_credit = d.pop("balance_credit", UNSET)

        balance_token = d.pop("balance_token", UNSET)

        _payment_type = d.pop("payment_type", UNSET)
        payment_type: BillingManagerAccountPaymentType | Unset
        if isinstance(_payment_type, Unset):
            payment_type = UNSET
        else:
            payment_type = BillingManagerAccountPaymentType(_payment_type)

        _payment_method = d.pop("payment_method", UNSET)
        payment_method: BillingManagerAccountPaymentMethod | Unset
        if isinstance(_payment_method, Unset):
            payment_method = UNSET
        else:
            payment_method = BillingManagerAccountPaymentMethod(_payment_method)

        paddle_subscription_id = d.pop("paddle_subscription_id", UNSET)

        paddle_customer_id = d.pop("paddle_customer_id", UNSET)

        def _parse_tm_last_topup(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"tm_last_topup: unexpected {type(data).__name__}")
            tm_last_topup_type_0 = parse_datetime(data)

            return tm_last_topup_type_0

        tm_last_topup = _parse_tm_last_topup(d.pop("tm_last_topup", UNSET))

        def _parse_tm_next_topup(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"tm_next_topup: unexpected {type(data).__name__}")
            tm_next_topup_type_0 = parse_datetime(data)

            return tm_next_topup_type_0

        tm_next_topup = _parse_tm_next_topup(d.pop("tm_next_topup", UNSET))

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

        billing_manager_account_admin = cls(
            id=id,
            customer_id=customer_id,
            status=status,
            name=name,
            detail=detail,
            plan_type=plan_type,
            plan_status=plan_status,
            balance_credit=balance_credit,
            balance_token=balance_token,
            payment_type=payment_type,
            payment_method=payment_method,
            paddle_subscription_id=paddle_subscription_id,
            paddle_customer_id=paddle_customer_id,
            tm_last_topup=tm_last_topup,
            tm_next_topup=tm_next_topup,
            tm_create=tm_create,
            tm_update=tm_update,
            tm_delete=tm_delete,
        )

        billing_manager_account_admin.additional_properties = d
        return billing_manager_account_admin

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
