from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NumberManagerMetadata")


@_attrs_define
class NumberManagerMetadata:
    """Configuration flags for a number. Controls platform behavior
    such as RTP packet capture for debugging audio issues on this specific number.
    Updatable by CustomerAdmin or CustomerManager via `PUT /numbers/{id}/metadata`.

        Attributes:
            rtp_debug (bool | Unset): When set to `true`, RTPEngine captures RTP traffic as PCAP files for calls to this
                number.
                This flag is OR'd with the customer-level `rtp_debug` — if either is `true`, capture is enabled.
                Use this to debug audio quality issues on a specific number without enabling capture for all customer calls.
                Default is `false`. Enabling this increases storage usage — disable after debugging.
                 Example: False.
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

        number_manager_metadata = cls(
            rtp_debug=rtp_debug,
        )

        number_manager_metadata.additional_properties = d
        return number_manager_metadata

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
