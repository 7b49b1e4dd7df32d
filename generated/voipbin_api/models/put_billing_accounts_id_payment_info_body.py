from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_manager_account_payment_method import (
    BillingManagerAccountPaymentMethod,
)
from ..models.billing_manager_account_payment_type import (
    BillingManagerAccountPaymentType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PutBillingAccountsIdPaymentInfoBody")


@_attrs_define
class PutBillingAccountsIdPaymentInfoBody:
    """
    Attributes:
        payment_type (BillingManagerAccountPaymentType | Unset): The type of payment associated with the account.
            Example: prepaid.
        payment_method (BillingManagerAccountPaymentMethod | Unset): The method of payment used for the account.
            Example: credit card.
    """

    payment_type: BillingManagerAccountPaymentType | Unset = UNSET
    payment_method: BillingManagerAccountPaymentMethod | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_type: str | Unset = UNSET
        if not isinstance(self.payment_type, Unset):
            payment_type = self.payment_type.value

        payment_method: str | Unset = UNSET
        if not isinstance(self.payment_method, Unset):
            payment_method = self.payment_method.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payment_type is not UNSET:
            field_dict["payment_type"] = payment_type
        if payment_method is not UNSET:
            field_dict["payment_method"] = payment_method

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
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

        put_billing_accounts_id_payment_info_body = cls(
            payment_type=payment_type,
            payment_method=payment_method,
        )

        put_billing_accounts_id_payment_info_body.additional_properties = d
        return put_billing_accounts_id_payment_info_body

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
