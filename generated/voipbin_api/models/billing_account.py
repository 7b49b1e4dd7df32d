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


class BillingAccount(Model):
    """Attributes:
    id (str): The unique identifier of the account.
    customer_id (str): The unique identifier of the associated customer. Returned from the `GET /customers`
        response.
    name (str): The display name of the billing account.
    detail (str): A human-readable note describing the purpose of this account.
    plan_type (AccountPlanType): The plan tier of the billing account. Determines resource creation limits.
    plan_status (AccountPlanStatus): The subscription plan status of the billing account. Indicates whether the
        plan is actively running or scheduled for cancellation.
    balance_credit (int): The credit balance of the account in micros (1 USD = 1,000,000).
    balance_token (int): The token balance of the account.
    payment_type (AccountPaymentType): The type of payment associated with the account.
    payment_method (AccountPaymentMethod): The method of payment used for the account.
    tm_last_topup (datetime.datetime | None): The timestamp of the last token top-up.
    tm_next_topup (datetime.datetime | None): The timestamp of the next scheduled token top-up.
    tm_create (datetime.datetime | None): The timestamp when the account was created.
    tm_update (datetime.datetime | None): The timestamp when the account was last updated.
    tm_delete (datetime.datetime | None): The timestamp when the account was deleted, if applicable.
    paddle_subscription_id (str | None): The Paddle subscription identifier for this billing account. Populated
        automatically when a Paddle subscription is created via Paddle webhook processing. Read-only — not settable
        via API. Present only when the account has an active Paddle subscription.
    paddle_customer_id (str | None): The Paddle customer identifier for this billing account. Populated
        automatically when a Paddle customer record is created via Paddle webhook processing. Read-only — not
        settable via API. Present only when the account has a linked Paddle customer.
    status (AccountStatus | None): The status of the billing account.
    """

    __slots__ = (
        "balance_credit",
        "balance_token",
        "customer_id",
        "detail",
        "id",
        "name",
        "paddle_customer_id",
        "paddle_subscription_id",
        "payment_method",
        "payment_type",
        "plan_status",
        "plan_type",
        "status",
        "tm_create",
        "tm_delete",
        "tm_last_topup",
        "tm_next_topup",
        "tm_update",
    )
    _fields = (
        ("id", "id"),
        ("customer_id", "customer_id"),
        ("name", "name"),
        ("detail", "detail"),
        ("plan_type", "plan_type"),
        ("plan_status", "plan_status"),
        ("balance_credit", "balance_credit"),
        ("balance_token", "balance_token"),
        ("payment_type", "payment_type"),
        ("payment_method", "payment_method"),
        ("tm_last_topup", "tm_last_topup"),
        ("tm_next_topup", "tm_next_topup"),
        ("tm_create", "tm_create"),
        ("tm_update", "tm_update"),
        ("tm_delete", "tm_delete"),
        ("paddle_subscription_id", "paddle_subscription_id"),
        ("paddle_customer_id", "paddle_customer_id"),
        ("status", "status"),
    )
    _wire_names = frozenset(
        {
            "id",
            "customer_id",
            "name",
            "detail",
            "plan_type",
            "plan_status",
            "balance_credit",
            "balance_token",
            "payment_type",
            "payment_method",
            "tm_last_topup",
            "tm_next_topup",
            "tm_create",
            "tm_update",
            "tm_delete",
            "paddle_subscription_id",
            "paddle_customer_id",
            "status",
        }
    )

    id: str
    customer_id: str
    name: str
    detail: str
    plan_type: AccountPlanType
    plan_status: AccountPlanStatus
    balance_credit: int
    balance_token: int
    payment_type: AccountPaymentType
    payment_method: AccountPaymentMethod
    tm_last_topup: datetime.datetime | None
    tm_next_topup: datetime.datetime | None
    tm_create: datetime.datetime | None
    tm_update: datetime.datetime | None
    tm_delete: datetime.datetime | None
    paddle_subscription_id: str | None
    paddle_customer_id: str | None
    status: AccountStatus | None

    def __init__(
        self,
        *,
        id: str | None = None,
        customer_id: str | None = None,
        name: str | None = None,
        detail: str | None = None,
        plan_type: AccountPlanType | None = None,
        plan_status: AccountPlanStatus | None = None,
        balance_credit: int | None = None,
        balance_token: int | None = None,
        payment_type: AccountPaymentType | None = None,
        payment_method: AccountPaymentMethod | None = None,
        tm_last_topup: datetime.datetime | None = None,
        tm_next_topup: datetime.datetime | None = None,
        tm_create: datetime.datetime | None = None,
        tm_update: datetime.datetime | None = None,
        tm_delete: datetime.datetime | None = None,
        paddle_subscription_id: str | None = None,
        paddle_customer_id: str | None = None,
        status: AccountStatus | None = None,
    ) -> None:
        self._data = {}
        self.id = id  # type: ignore[assignment]
        self.customer_id = customer_id  # type: ignore[assignment]
        self.name = name  # type: ignore[assignment]
        self.detail = detail  # type: ignore[assignment]
        self.plan_type = plan_type  # type: ignore[assignment]
        self.plan_status = plan_status  # type: ignore[assignment]
        self.balance_credit = balance_credit  # type: ignore[assignment]
        self.balance_token = balance_token  # type: ignore[assignment]
        self.payment_type = payment_type  # type: ignore[assignment]
        self.payment_method = payment_method  # type: ignore[assignment]
        self.tm_last_topup = tm_last_topup
        self.tm_next_topup = tm_next_topup
        self.tm_create = tm_create
        self.tm_update = tm_update
        self.tm_delete = tm_delete
        self.paddle_subscription_id = paddle_subscription_id
        self.paddle_customer_id = paddle_customer_id
        self.status = status

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "BillingAccount")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("BillingAccount", "id", "str", v)
        self.id = v
        v = get("customer_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("BillingAccount", "customer_id", "str", v)
        self.customer_id = v
        v = get("name")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("BillingAccount", "name", "str", v)
        self.name = v
        v = get("detail")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("BillingAccount", "detail", "str", v)
        self.detail = v
        v = get("plan_type")
        if v is not None:
            m = AccountPlanType._value2member_map_.get(v) if type(v) is str else None
            v = (
                open_enum(AccountPlanType, v, "BillingAccount", "plan_type")
                if m is None
                else m
            )
        self.plan_type = v
        v = get("plan_status")
        if v is not None:
            m = AccountPlanStatus._value2member_map_.get(v) if type(v) is str else None
            v = (
                open_enum(AccountPlanStatus, v, "BillingAccount", "plan_status")
                if m is None
                else m
            )
        self.plan_status = v
        v = get("balance_credit")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("BillingAccount", "balance_credit", "int", v)
        self.balance_credit = v
        v = get("balance_token")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("BillingAccount", "balance_token", "int", v)
        self.balance_token = v
        v = get("payment_type")
        if v is not None:
            m = AccountPaymentType._value2member_map_.get(v) if type(v) is str else None
            v = (
                open_enum(AccountPaymentType, v, "BillingAccount", "payment_type")
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
                open_enum(AccountPaymentMethod, v, "BillingAccount", "payment_method")
                if m is None
                else m
            )
        self.payment_method = v
        v = get("tm_last_topup")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "BillingAccount", "tm_last_topup")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_last_topup = v
        v = get("tm_next_topup")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "BillingAccount", "tm_next_topup")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_next_topup = v
        v = get("tm_create")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "BillingAccount", "tm_create")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_create = v
        v = get("tm_update")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "BillingAccount", "tm_update")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_update = v
        v = get("tm_delete")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "BillingAccount", "tm_delete")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_delete = v
        v = get("paddle_subscription_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("BillingAccount", "paddle_subscription_id", "str", v)
        self.paddle_subscription_id = v
        v = get("paddle_customer_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("BillingAccount", "paddle_customer_id", "str", v)
        self.paddle_customer_id = v
        v = get("status")
        if v is not None:
            m = AccountStatus._value2member_map_.get(v) if type(v) is str else None
            v = (
                open_enum(AccountStatus, v, "BillingAccount", "status")
                if m is None
                else m
            )
        self.status = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.account_payment_method import AccountPaymentMethod
from ..models.account_payment_type import AccountPaymentType
from ..models.account_plan_status import AccountPlanStatus
from ..models.account_plan_type import AccountPlanType
from ..models.account_status import AccountStatus
