from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.auth_boot_response_type import AuthBootResponseType
from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.auth_boot_response_resource_data_type_0 import (
        AuthBootResponseResourceDataType0,
    )


T = TypeVar("T", bound="AuthBootResponse")


@_attrs_define
class AuthBootResponse:
    """Result of a successful boot request. Contains a resource-scoped JWT and metadata about the scoped resource.

    Attributes:
        token (str | Unset): JWT token string for API authentication. Pass as `Bearer <token>` in the Authorization
            header. Example: eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJjdXN0b21lcl9pZCI6IjU1MGU4NDAwLWUyOWItNDFkNC1hNzE2LTQ0Nj
            Y1NTQ0MDAwMCJ9.abc123.
        type_ (AuthBootResponseType | Unset): Token type. Always "direct" for boot tokens. Example: direct.
        resource_type (str | Unset): The type of resource this token is scoped to (e.g., "ai"). Example: ai.
        resource_id (UUID | Unset): The UUID of the resource this token is scoped to. Returned from the resource
            creation endpoint (e.g., `POST /ais`). Example: 550e8400-e29b-41d4-a716-446655440000.
        customer_id (UUID | Unset): The UUID of the customer that owns the resource. Returned from the `POST
            /auth/signup` response. Example: 660e8400-e29b-41d4-a716-446655440001.
        expire (datetime.datetime | None | Unset): Token expiry timestamp in ISO 8601 format. Example:
            2026-04-07T12:00:00Z.
        resource_data (AuthBootResponseResourceDataType0 | None | Unset): Resource-type-scoped envelope for additional,
            publicly-safe data about the boot-scoped resource. Each entry is a self-documenting named key; currently only
            "public_display_config" is populated (for resource_type "webchat_widget", carrying the widget's
            WebchatManagerWidgetThemeConfig shape). The envelope key itself, and any entry inside it, is OMITTED (not
            present) when there is nothing to report -- never present as an empty object.
    """

    token: str | Unset = UNSET
    type_: AuthBootResponseType | Unset = UNSET
    resource_type: str | Unset = UNSET
    resource_id: UUID | Unset = UNSET
    customer_id: UUID | Unset = UNSET
    expire: datetime.datetime | None | Unset = UNSET
    resource_data: AuthBootResponseResourceDataType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.auth_boot_response_resource_data_type_0 import (
            AuthBootResponseResourceDataType0,
        )

        token = self.token

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        resource_type = self.resource_type

        resource_id: str | Unset = UNSET
        if not isinstance(self.resource_id, Unset):
            resource_id = str(self.resource_id)

        customer_id: str | Unset = UNSET
        if not isinstance(self.customer_id, Unset):
            customer_id = str(self.customer_id)

        expire: None | str | Unset
        if isinstance(self.expire, Unset):
            expire = UNSET
        elif isinstance(self.expire, datetime.datetime):
            expire = self.expire.isoformat()
        else:
            expire = self.expire

        resource_data: dict[str, Any] | None | Unset
        if isinstance(self.resource_data, Unset):
            resource_data = UNSET
        elif isinstance(self.resource_data, AuthBootResponseResourceDataType0):
            resource_data = self.resource_data.to_dict()
        else:
            resource_data = self.resource_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if token is not UNSET:
            field_dict["token"] = token
        if type_ is not UNSET:
            field_dict["type"] = type_
        if resource_type is not UNSET:
            field_dict["resource_type"] = resource_type
        if resource_id is not UNSET:
            field_dict["resource_id"] = resource_id
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if expire is not UNSET:
            field_dict["expire"] = expire
        if resource_data is not UNSET:
            field_dict["resource_data"] = resource_data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.auth_boot_response_resource_data_type_0 import (
            AuthBootResponseResourceDataType0,
        )

        d = dict(src_dict)
        token = d.pop("token", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: AuthBootResponseType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = AuthBootResponseType(_type_)

        resource_type = d.pop("resource_type", UNSET)

        _resource_id = d.pop("resource_id", UNSET)
        resource_id: UUID | Unset
        if isinstance(_resource_id, Unset):
            resource_id = UNSET
        else:
            resource_id = UUID(_resource_id)

        _customer_id = d.pop("customer_id", UNSET)
        customer_id: UUID | Unset
        if isinstance(_customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = UUID(_customer_id)

        def _parse_expire(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"expire: unexpected {type(data).__name__}")
            expire_type_0 = parse_datetime(data)

            return expire_type_0

        expire = _parse_expire(d.pop("expire", UNSET))

        def _parse_resource_data(
            data: object,
        ) -> AuthBootResponseResourceDataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(f"resource_data: unexpected {type(data).__name__}")
            resource_data_type_0 = AuthBootResponseResourceDataType0.from_dict(data)

            return resource_data_type_0

        resource_data = _parse_resource_data(d.pop("resource_data", UNSET))

        auth_boot_response = cls(
            token=token,
            type_=type_,
            resource_type=resource_type,
            resource_id=resource_id,
            customer_id=customer_id,
            expire=expire,
            resource_data=resource_data,
        )

        auth_boot_response.additional_properties = d
        return auth_boot_response

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
