from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RequestBodyAuthSignupPOST")


@_attrs_define
class RequestBodyAuthSignupPOST:
    """Request body for POST /auth/signup (self-service customer registration).

    Attributes:
        email (str): Email address for the new customer account. Must be unique across all customers. Example:
            admin@acme.com.
        accepted_tos (bool): Must be `true` to confirm acceptance of the Terms of Service. Requests with `false` or
            missing value are rejected with HTTP 400. Example: True.
        name (str | Unset): Display name for the customer account. Example: Acme Corporation.
        detail (str | Unset): Additional details about the customer. Example: Enterprise customer account.
        phone_number (str | Unset): Contact phone number in E.164 format. Example: +14155551234.
        address (str | Unset): Mailing address of the customer. Example: 123 Main St, San Francisco, CA 94105.
        webhook_method (str | Unset): HTTP method for webhook delivery. One of: POST, GET, PUT, DELETE. Example: POST.
        webhook_uri (str | Unset): URI where webhook events will be delivered. Example:
            https://api.acme.com/webhooks/voipbin.
    """

    email: str
    accepted_tos: bool
    name: str | Unset = UNSET
    detail: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    address: str | Unset = UNSET
    webhook_method: str | Unset = UNSET
    webhook_uri: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        accepted_tos = self.accepted_tos

        name = self.name

        detail = self.detail

        phone_number = self.phone_number

        address = self.address

        webhook_method = self.webhook_method

        webhook_uri = self.webhook_uri

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "accepted_tos": accepted_tos,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if detail is not UNSET:
            field_dict["detail"] = detail
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if address is not UNSET:
            field_dict["address"] = address
        if webhook_method is not UNSET:
            field_dict["webhook_method"] = webhook_method
        if webhook_uri is not UNSET:
            field_dict["webhook_uri"] = webhook_uri

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        email = d.pop("email")

        accepted_tos = d.pop("accepted_tos")

        name = d.pop("name", UNSET)

        detail = d.pop("detail", UNSET)

        phone_number = d.pop("phone_number", UNSET)

        address = d.pop("address", UNSET)

        webhook_method = d.pop("webhook_method", UNSET)

        webhook_uri = d.pop("webhook_uri", UNSET)

        request_body_auth_signup_post = cls(
            email=email,
            accepted_tos=accepted_tos,
            name=name,
            detail=detail,
            phone_number=phone_number,
            address=address,
            webhook_method=webhook_method,
            webhook_uri=webhook_uri,
        )

        request_body_auth_signup_post.additional_properties = d
        return request_body_auth_signup_post

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
