from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.customer_manager_customer import CustomerManagerCustomer


T = TypeVar("T", bound="CustomerManagerEmailVerifyResult")


@_attrs_define
class CustomerManagerEmailVerifyResult:
    """Result of a successful email verification. Contains the verified customer.

    Attributes:
        customer (CustomerManagerCustomer):
    """

    customer: CustomerManagerCustomer
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer = self.customer.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer": customer,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.customer_manager_customer import CustomerManagerCustomer

        d = dict(src_dict)
        customer = CustomerManagerCustomer.from_dict(d.pop("customer"))

        customer_manager_email_verify_result = cls(
            customer=customer,
        )

        customer_manager_email_verify_result.additional_properties = d
        return customer_manager_email_verify_result

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
