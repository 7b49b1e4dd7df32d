from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.route_manager_provider_setup_request_carrier import (
    RouteManagerProviderSetupRequestCarrier,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.route_manager_provider_setup_request_credentials import (
        RouteManagerProviderSetupRequestCredentials,
    )


T = TypeVar("T", bound="RouteManagerProviderSetupRequest")


@_attrs_define
class RouteManagerProviderSetupRequest:
    """Request body for POST /providers/setup. Submits carrier credentials so the platform can validate the key, create the
    carrier-side SIP trunk, and auto-create a VoIPBin provider record.

        Attributes:
            carrier (RouteManagerProviderSetupRequestCarrier): The carrier to set up. Currently only 'telnyx' is supported.
                Example: telnyx.
            name (str): A human-readable name for the created provider. Example: My Telnyx Trunk.
            credentials (RouteManagerProviderSetupRequestCredentials):
            detail (str | Unset): Optional description of the provider. Example: Primary outbound Telnyx SIP trunk.
    """

    carrier: RouteManagerProviderSetupRequestCarrier
    name: str
    credentials: RouteManagerProviderSetupRequestCredentials
    detail: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        carrier = self.carrier.value

        name = self.name

        credentials = self.credentials.to_dict()

        detail = self.detail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "carrier": carrier,
                "name": name,
                "credentials": credentials,
            }
        )
        if detail is not UNSET:
            field_dict["detail"] = detail

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.route_manager_provider_setup_request_credentials import (
            RouteManagerProviderSetupRequestCredentials,
        )

        d = dict(src_dict)
        carrier = RouteManagerProviderSetupRequestCarrier(d.pop("carrier"))

        name = d.pop("name")

        credentials = RouteManagerProviderSetupRequestCredentials.from_dict(
            d.pop("credentials")
        )

        detail = d.pop("detail", UNSET)

        route_manager_provider_setup_request = cls(
            carrier=carrier,
            name=name,
            credentials=credentials,
            detail=detail,
        )

        route_manager_provider_setup_request.additional_properties = d
        return route_manager_provider_setup_request

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
