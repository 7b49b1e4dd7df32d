from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RequestBodyAuthBootPOST")


@_attrs_define
class RequestBodyAuthBootPOST:
    """Request body for POST /auth/boot (resource-scoped JWT generation from a direct hash).

    Attributes:
        direct_hash (str): The direct hash link (e.g., "direct.a1b2c3d4e5f6"). Obtained from resource direct hash
            endpoints such as `POST /ais/{id}/direct_hash_regenerate`. Example: direct.a1b2c3d4e5f6.
    """

    direct_hash: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        direct_hash = self.direct_hash

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "direct_hash": direct_hash,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        direct_hash = d.pop("direct_hash")

        request_body_auth_boot_post = cls(
            direct_hash=direct_hash,
        )

        request_body_auth_boot_post.additional_properties = d
        return request_body_auth_boot_post

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
