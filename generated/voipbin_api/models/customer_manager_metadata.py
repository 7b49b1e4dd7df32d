from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerManagerMetadata")


@_attrs_define
class CustomerManagerMetadata:
    """Configuration flags for a customer account. Controls platform behavior
    such as RTP packet capture for debugging audio issues.
    Updatable by CustomerAdmin via `PUT /customer/metadata`
    or by ProjectSuperAdmin via `PUT /customers/{id}/metadata`.

        Attributes:
            rtp_debug (bool | Unset): When set to `true`, RTPEngine captures RTP traffic as PCAP files for this customer's
                calls.
                Use this to debug audio quality issues (one-way audio, codec problems, jitter).
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

        customer_manager_metadata = cls(
            rtp_debug=rtp_debug,
        )

        customer_manager_metadata.additional_properties = d
        return customer_manager_metadata

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
