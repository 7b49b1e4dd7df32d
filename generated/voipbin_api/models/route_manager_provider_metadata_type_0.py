from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RouteManagerProviderMetadataType0")


@_attrs_define
class RouteManagerProviderMetadataType0:
    """Carrier-specific resource identifiers stored during automated setup. For Telnyx providers created via `POST
    /providers/setup`, contains `telnyx_profile_id`, `telnyx_connection_id`, `telnyx_fqdn_id`, and `telnyx_fqdn`. Read-
    only — populated automatically by the setup endpoint. Empty object `{}` for providers created manually via `POST
    /providers`.

        Example:
            {'telnyx_profile_id': '2944757397136082899', 'telnyx_connection_id': '2944757397198982899', 'telnyx_fqdn_id':
                '2944757397261882899', 'telnyx_fqdn': 'sip.voipbin.net'}

    """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        route_manager_provider_metadata_type_0 = cls()

        route_manager_provider_metadata_type_0.additional_properties = d
        return route_manager_provider_metadata_type_0

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
