from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_manager_customer_identity_verification_status import (
    CustomerManagerCustomerIdentityVerificationStatus,
)
from ..models.customer_manager_customer_status import CustomerManagerCustomerStatus
from ..models.customer_manager_customer_webhook_method import (
    CustomerManagerCustomerWebhookMethod,
)
from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.customer_manager_metadata import CustomerManagerMetadata


T = TypeVar("T", bound="CustomerManagerCustomerAdmin")


@_attrs_define
class CustomerManagerCustomerAdmin:
    """Full customer object returned by admin-only endpoints (`/customers`, `/customers/{id}`,
    `/customers/{id}/metadata`, `/customers/{id}/billing_account_id`,
    `/customers/{id}/freeze`, `/customers/{id}/recover`). Extends `CustomerManagerCustomer`
    with internal fields that are never exposed to regular users via `/customer` (singular) endpoints.

        Attributes:
            id (UUID | Unset): The unique identifier of the customer. Example: 7c4d2f3a-1b8e-4f5c-9a6d-3e2f1a0b4c5d.
            name (str | Unset): Name of the customer. Example: Acme Corporation.
            detail (str | Unset): Details about the customer. Example: Enterprise customer account.
            email (str | Unset): Email address of the customer. Example: admin@acme.com.
            phone_number (str | Unset): Customer's contact phone number in E.164 format. Example: +14155551234.
            address (str | Unset): Address of the customer. Example: 123 Main St, San Francisco, CA 94105.
            webhook_method (CustomerManagerCustomerWebhookMethod | Unset): The HTTP method used for webhook (e.g., POST,
                GET, PUT, DELETE). Example: POST.
            webhook_uri (str | Unset): URI where webhook events are delivered. Example:
                https://api.acme.com/webhooks/voipbin.
            billing_account_id (UUID | Unset): The unique identifier of the customer's default billing account. Returned
                from the `GET /billing_accounts/{id}` response. Example: b8c9d0e1-f2a3-4567-8901-23456789abcd.
            metadata (CustomerManagerMetadata | Unset): Configuration flags for a customer account. Controls platform
                behavior
                such as RTP packet capture for debugging audio issues.
                Updatable by CustomerAdmin via `PUT /customer/metadata`
                or by ProjectSuperAdmin via `PUT /customers/{id}/metadata`.
            email_verified (bool | Unset): Whether the customer's email has been verified. Example: True.
            status (CustomerManagerCustomerStatus | Unset): Account lifecycle status. Example: active.
            identity_verification_status (CustomerManagerCustomerIdentityVerificationStatus | Unset): Customer's identity
                verification status. Determines access to PSTN number purchases and outbound PSTN calls. Example: none.
            tm_deletion_scheduled (datetime.datetime | None | Unset): Timestamp when account deletion was requested. Null if
                not scheduled. Example: 2026-01-15T09:30:00.000000Z.
            tm_create (datetime.datetime | None | Unset): Timestamp when the customer was created. Example:
                2026-01-15T09:30:00.000000Z.
            tm_update (datetime.datetime | None | Unset): Timestamp when the customer was last updated. Example:
                2026-01-15T09:30:00.000000Z.
            tm_delete (datetime.datetime | None | Unset): Timestamp when the customer was deleted. Example:
                2026-01-15T09:30:00.000000Z.
            terms_agreed_version (str | Unset): Version identifier of the Terms of Service the customer agreed to. Format:
                `YYYY-MM-DD` date string matching a published ToS revision. Example: 2026-01-01.
            terms_agreed_ip (str | Unset): IPv4 address from which the customer accepted the Terms of Service. Logged for
                legal compliance and audit trail. Example: 203.0.113.42.
    """

    id: UUID | Unset = UNSET
    name: str | Unset = UNSET
    detail: str | Unset = UNSET
    email: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    address: str | Unset = UNSET
    webhook_method: CustomerManagerCustomerWebhookMethod | Unset = UNSET
    webhook_uri: str | Unset = UNSET
    billing_account_id: UUID | Unset = UNSET
    metadata: CustomerManagerMetadata | Unset = UNSET
    email_verified: bool | Unset = UNSET
    status: CustomerManagerCustomerStatus | Unset = UNSET
    identity_verification_status: (
        CustomerManagerCustomerIdentityVerificationStatus | Unset
    ) = UNSET
    tm_deletion_scheduled: datetime.datetime | None | Unset = UNSET
    tm_create: datetime.datetime | None | Unset = UNSET
    tm_update: datetime.datetime | None | Unset = UNSET
    tm_delete: datetime.datetime | None | Unset = UNSET
    terms_agreed_version: str | Unset = UNSET
    terms_agreed_ip: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        name = self.name

        detail = self.detail

        email = self.email

        phone_number = self.phone_number

        address = self.address

        webhook_method: str | Unset = UNSET
        if not isinstance(self.webhook_method, Unset):
            webhook_method = self.webhook_method.value

        webhook_uri = self.webhook_uri

        billing_account_id: str | Unset = UNSET
        if not isinstance(self.billing_account_id, Unset):
            billing_account_id = str(self.billing_account_id)

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        email_verified = self.email_verified

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        identity_verification_status: str | Unset = UNSET
        if not isinstance(self.identity_verification_status, Unset):
            identity_verification_status = self.identity_verification_status.value

        tm_deletion_scheduled: None | str | Unset
        if isinstance(self.tm_deletion_scheduled, Unset):
            tm_deletion_scheduled = UNSET
        elif isinstance(self.tm_deletion_scheduled, datetime.datetime):
            tm_deletion_scheduled = self.tm_deletion_scheduled.isoformat()
        else:
            tm_deletion_scheduled = self.tm_deletion_scheduled

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

        terms_agreed_version = self.terms_agreed_version

        terms_agreed_ip = self.terms_agreed_ip

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if detail is not UNSET:
            field_dict["detail"] = detail
        if email is not UNSET:
            field_dict["email"] = email
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if address is not UNSET:
            field_dict["address"] = address
        if webhook_method is not UNSET:
            field_dict["webhook_method"] = webhook_method
        if webhook_uri is not UNSET:
            field_dict["webhook_uri"] = webhook_uri
        if billing_account_id is not UNSET:
            field_dict["billing_account_id"] = billing_account_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if email_verified is not UNSET:
            field_dict["email_verified"] = email_verified
        if status is not UNSET:
            field_dict["status"] = status
        if identity_verification_status is not UNSET:
            field_dict["identity_verification_status"] = identity_verification_status
        if tm_deletion_scheduled is not UNSET:
            field_dict["tm_deletion_scheduled"] = tm_deletion_scheduled
        if tm_create is not UNSET:
            field_dict["tm_create"] = tm_create
        if tm_update is not UNSET:
            field_dict["tm_update"] = tm_update
        if tm_delete is not UNSET:
            field_dict["tm_delete"] = tm_delete
        if terms_agreed_version is not UNSET:
            field_dict["terms_agreed_version"] = terms_agreed_version
        if terms_agreed_ip is not UNSET:
            field_dict["terms_agreed_ip"] = terms_agreed_ip

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.customer_manager_metadata import CustomerManagerMetadata

        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        name = d.pop("name", UNSET)

        detail = d.pop("detail", UNSET)

        email = d.pop("email", UNSET)

        phone_number = d.pop("phone_number", UNSET)

        address = d.pop("address", UNSET)

        _webhook_method = d.pop("webhook_method", UNSET)
        webhook_method: CustomerManagerCustomerWebhookMethod | Unset
        if isinstance(_webhook_method, Unset):
            webhook_method = UNSET
        else:
            webhook_method = CustomerManagerCustomerWebhookMethod(_webhook_method)

        webhook_uri = d.pop("webhook_uri", UNSET)

        _billing_account_id = d.pop("billing_account_id", UNSET)
        billing_account_id: UUID | Unset
        if isinstance(_billing_account_id, Unset):
            billing_account_id = UNSET
        else:
            billing_account_id = UUID(_billing_account_id)

        _metadata = d.pop("metadata", UNSET)
        metadata: CustomerManagerMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = CustomerManagerMetadata.from_dict(_metadata)

        email_verified = d.pop("email_verified", UNSET)

        _status = d.pop("status", UNSET)
        status: CustomerManagerCustomerStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = CustomerManagerCustomerStatus(_status)

        _identity_verification_status = d.pop("identity_verification_status", UNSET)
        identity_verification_status: (
            CustomerManagerCustomerIdentityVerificationStatus | Unset
        )
        if isinstance(_identity_verification_status, Unset):
            identity_verification_status = UNSET
        else:
            identity_verification_status = (
                CustomerManagerCustomerIdentityVerificationStatus(
                    _identity_verification_status
                )
            )

        def _parse_tm_deletion_scheduled(
            data: object,
        ) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(
                    f"tm_deletion_scheduled: unexpected {type(data).__name__}"
                )
            tm_deletion_scheduled_type_0 = parse_datetime(data)

            return tm_deletion_scheduled_type_0

        tm_deletion_scheduled = _parse_tm_deletion_scheduled(
            d.pop("tm_deletion_scheduled", UNSET)
        )

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

        terms_agreed_version = d.pop("terms_agreed_version", UNSET)

        terms_agreed_ip = d.pop("terms_agreed_ip", UNSET)

        customer_manager_customer_admin = cls(
            id=id,
            name=name,
            detail=detail,
            email=email,
            phone_number=phone_number,
            address=address,
            webhook_method=webhook_method,
            webhook_uri=webhook_uri,
            billing_account_id=billing_account_id,
            metadata=metadata,
            email_verified=email_verified,
            status=status,
            identity_verification_status=identity_verification_status,
            tm_deletion_scheduled=tm_deletion_scheduled,
            tm_create=tm_create,
            tm_update=tm_update,
            tm_delete=tm_delete,
            terms_agreed_version=terms_agreed_version,
            terms_agreed_ip=terms_agreed_ip,
        )

        customer_manager_customer_admin.additional_properties = d
        return customer_manager_customer_admin

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
