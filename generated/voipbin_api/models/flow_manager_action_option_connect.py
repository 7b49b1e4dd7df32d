from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flow_manager_action_option_connect_anonymous import (
    FlowManagerActionOptionConnectAnonymous,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.common_address import CommonAddress


T = TypeVar("T", bound="FlowManagerActionOptionConnect")


@_attrs_define
class FlowManagerActionOptionConnect:
    """
    Attributes:
        source (CommonAddress | Unset): Contains source or destination detail info.
        destinations (list[CommonAddress] | Unset): List of destination addresses. Must contain at least one
            destination.
        early_media (bool | Unset): If true, the call will get early media from the destination.
             Example: False.
        relay_reason (bool | Unset): If true, the master call will try to hang up with the same reason as the first
            destination call.
            Valid only if the first destination call hangs up earlier than the master call.
             Example: True.
        anonymous (FlowManagerActionOptionConnectAnonymous | Unset): Controls anonymous caller ID for the outbound PSTN
            leg. "yes" — always send anonymous caller ID (RFC 3323 Privacy header). "no" — never anonymize, always show real
            caller ID. "auto" — inherit from incoming call's Privacy header (default). Only affects PSTN destinations (type
            "tel").
             Example: auto.
    """

    source: CommonAddress | Unset = UNSET
    destinations: list[CommonAddress] | Unset = UNSET
    early_media: bool | Unset = UNSET
    relay_reason: bool | Unset = UNSET
    anonymous: FlowManagerActionOptionConnectAnonymous | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.to_dict()

        destinations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.destinations, Unset):
            destinations = []
            for destinations_item_data in self.destinations:
                destinations_item = destinations_item_data.to_dict()
                destinations.append(destinations_item)

        early_media = self.early_media

        relay_reason = self.relay_reason

        anonymous: str | Unset = UNSET
        if not isinstance(self.anonymous, Unset):
            anonymous = self.anonymous.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if source is not UNSET:
            field_dict["source"] = source
        if destinations is not UNSET:
            field_dict["destinations"] = destinations
        if early_media is not UNSET:
            field_dict["early_media"] = early_media
        if relay_reason is not UNSET:
            field_dict["relay_reason"] = relay_reason
        if anonymous is not UNSET:
            field_dict["anonymous"] = anonymous

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.common_address import CommonAddress

        d = dict(src_dict)
        _source = d.pop("source", UNSET)
        source: CommonAddress | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = CommonAddress.from_dict(_source)

        _destinations = d.pop("destinations", UNSET)
        destinations: list[CommonAddress] | Unset = UNSET
        if _destinations is not UNSET:
            destinations = []
            for destinations_item_data in _destinations:
                destinations_item = CommonAddress.from_dict(destinations_item_data)

                destinations.append(destinations_item)

        early_media = d.pop("early_media", UNSET)

        relay_reason = d.pop("relay_reason", UNSET)

        _anonymous = d.pop("anonymous", UNSET)
        anonymous: FlowManagerActionOptionConnectAnonymous | Unset
        if isinstance(_anonymous, Unset):
            anonymous = UNSET
        else:
            anonymous = FlowManagerActionOptionConnectAnonymous(_anonymous)

        flow_manager_action_option_connect = cls(
            source=source,
            destinations=destinations,
            early_media=early_media,
            relay_reason=relay_reason,
            anonymous=anonymous,
        )

        flow_manager_action_option_connect.additional_properties = d
        return flow_manager_action_option_connect

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
