from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PutCustomerMetadataBody")


@_attrs_define
class PutCustomerMetadataBody:
    """
    Attributes:
        rtp_debug (bool | Unset): When set to `true`, RTPEngine captures RTP traffic as PCAP files for this customer's
            calls.
            Default is `false`. Enabling this increases storage usage — disable after debugging.
             Example: True.
    """

    rtp_debug: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rtp_debug = self.rtp_debug

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rtp_debug is not UNSET:
            field_dict["rtp_debug"] = rtp_debug

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        rtp_debug = d.pop("rtp_debug", UNSET)

        put_customer_metadata_body = cls(
            rtp_debug=rtp_debug,
        )

        put_customer_metadata_body.additional_properties = d
        return put_customer_metadata_body

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
