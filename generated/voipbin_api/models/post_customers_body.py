from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_manager_customer_webhook_method import (
    CustomerManagerCustomerWebhookMethod,
)

T = TypeVar("T", bound="PostCustomersBody")


@_attrs_define
class PostCustomersBody:
    """
    Attributes:
        name (str):
        detail (str):
        email (str):
        phone_number (str):
        address (str):
        webhook_method (CustomerManagerCustomerWebhookMethod): The HTTP method used for webhook (e.g., POST, GET, PUT,
            DELETE). Example: POST.
        webhook_uri (str):
    """

    name: str
    detail: str
    email: str
    phone_number: str
    address: str
    webhook_method: CustomerManagerCustomerWebhookMethod
    webhook_uri: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        detail = self.detail

        email = self.email

        phone_number = self.phone_number

        address = self.address

        webhook_method = self.webhook_method.value

        webhook_uri = self.webhook_uri

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "detail": detail,
                "email": email,
                "phone_number": phone_number,
                "address": address,
                "webhook_method": webhook_method,
                "webhook_uri": webhook_uri,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        detail = d.pop("detail")

        email = d.pop("email")

        phone_number = d.pop("phone_number")

        address = d.pop("address")

        webhook_method = CustomerManagerCustomerWebhookMethod(d.pop("webhook_method"))

        webhook_uri = d.pop("webhook_uri")

        post_customers_body = cls(
            name=name,
            detail=detail,
            email=email,
            phone_number=phone_number,
            address=address,
            webhook_method=webhook_method,
            webhook_uri=webhook_uri,
        )

        post_customers_body.additional_properties = d
        return post_customers_body

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
