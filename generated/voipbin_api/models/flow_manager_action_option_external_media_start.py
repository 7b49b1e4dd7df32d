from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FlowManagerActionOptionExternalMediaStart")


@_attrs_define
class FlowManagerActionOptionExternalMediaStart:
    """
    Attributes:
        external_host (str | Unset): External media target host address. Example: media.example.com:10000.
        encapsulation (str | Unset): Encapsulation. Default value is rtp. Example: rtp.
        transport (str | Unset): Transport. Default value is udp. Example: udp.
        connection_type (str | Unset): Connection type. Default value is client. Example: client.
        format_ (str | Unset): Format. Default value is ulaw. Example: ulaw.
        direction (str | Unset): Direction. Default value is both. Example: both.
        data (str | Unset): Optional data to pass to the external media endpoint.
        transport_data (str | Unset): Transport-specific data. For websocket, this is appended to the dialstring.
    """

    external_host: str | Unset = UNSET
    encapsulation: str | Unset = UNSET
    transport: str | Unset = UNSET
    connection_type: str | Unset = UNSET
    format_: str | Unset = UNSET
    direction: str | Unset = UNSET
    data: str | Unset = UNSET
    transport_data: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_host = self.external_host

        encapsulation = self.encapsulation

        transport = self.transport

        connection_type = self.connection_type

        format_ = self.format_

        direction = self.direction

        data = self.data

        transport_data = self.transport_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if external_host is not UNSET:
            field_dict["external_host"] = external_host
        if encapsulation is not UNSET:
            field_dict["encapsulation"] = encapsulation
        if transport is not UNSET:
            field_dict["transport"] = transport
        if connection_type is not UNSET:
            field_dict["connection_type"] = connection_type
        if format_ is not UNSET:
            field_dict["format"] = format_
        if direction is not UNSET:
            field_dict["direction"] = direction
        if data is not UNSET:
            field_dict["data"] = data
        if transport_data is not UNSET:
            field_dict["transport_data"] = transport_data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        external_host = d.pop("external_host", UNSET)

        encapsulation = d.pop("encapsulation", UNSET)

        transport = d.pop("transport", UNSET)

        connection_type = d.pop("connection_type", UNSET)

        format_ = d.pop("format", UNSET)

        direction = d.pop("direction", UNSET)

        data = d.pop("data", UNSET)

        transport_data = d.pop("transport_data", UNSET)

        flow_manager_action_option_external_media_start = cls(
            external_host=external_host,
            encapsulation=encapsulation,
            transport=transport,
            connection_type=connection_type,
            format_=format_,
            direction=direction,
            data=data,
            transport_data=transport_data,
        )

        flow_manager_action_option_external_media_start.additional_properties = d
        return flow_manager_action_option_external_media_start

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
