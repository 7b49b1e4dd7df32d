from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_manager_accesskey import CustomerManagerAccesskey
    from ..models.customer_manager_customer import CustomerManagerCustomer


T = TypeVar("T", bound="CustomerManagerSignupResult")


@_attrs_define
class CustomerManagerSignupResult:
    """Result of a successful signup. Contains the newly created customer and a provisioned access key.

    Attributes:
        customer (CustomerManagerCustomer | Unset):
        accesskey (CustomerManagerAccesskey | Unset):
    """

    customer: CustomerManagerCustomer | Unset = UNSET
    accesskey: CustomerManagerAccesskey | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        accesskey: dict[str, Any] | Unset = UNSET
        if not isinstance(self.accesskey, Unset):
            accesskey = self.accesskey.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer is not UNSET:
            field_dict["customer"] = customer
        if accesskey is not UNSET:
            field_dict["accesskey"] = accesskey

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.customer_manager_accesskey import CustomerManagerAccesskey
        from ..models.customer_manager_customer import CustomerManagerCustomer

        d = dict(src_dict)
        _customer = d.pop("customer", UNSET)
        customer: CustomerManagerCustomer | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = CustomerManagerCustomer.from_dict(_customer)

        _accesskey = d.pop("accesskey", UNSET)
        accesskey: CustomerManagerAccesskey | Unset
        if isinstance(_accesskey, Unset):
            accesskey = UNSET
        else:
            accesskey = CustomerManagerAccesskey.from_dict(_accesskey)

        customer_manager_signup_result = cls(
            customer=customer,
            accesskey=accesskey,
        )

        customer_manager_signup_result.additional_properties = d
        return customer_manager_signup_result

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
