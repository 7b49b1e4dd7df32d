from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.route_manager_provider_type import RouteManagerProviderType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.put_providers_id_body_tech_headers import (
        PutProvidersIdBodyTechHeaders,
    )


T = TypeVar("T", bound="PutProvidersIdBody")


@_attrs_define
class PutProvidersIdBody:
    """
    Attributes:
        type_ (RouteManagerProviderType): Defines the type of the provider. Currently, only 'sip' is supported for
            VoIP/SIP providers. Example: sip.
        hostname (str):
        tech_prefix (str):
        tech_postfix (str):
        tech_headers (PutProvidersIdBodyTechHeaders):
        name (str):
        detail (str):
        codecs (str | Unset): Comma-separated codec list offered to this provider (e.g. "PCMU,PCMA"). Empty means
            server-default negotiation. Applied to outgoing PSTN dial attempts only; has no effect on SIP-to-SIP traffic.
             Example: PCMU,PCMA.
    """

    type_: RouteManagerProviderType
    hostname: str
    tech_prefix: str
    tech_postfix: str
    tech_headers: PutProvidersIdBodyTechHeaders
    name: str
    detail: str
    codecs: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        hostname = self.hostname

        tech_prefix = self.tech_prefix

        tech_postfix = self.tech_postfix

        tech_headers = self.tech_headers.to_dict()

        name = self.name

        detail = self.detail

        codecs = self.codecs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "hostname": hostname,
                "tech_prefix": tech_prefix,
                "tech_postfix": tech_postfix,
                "tech_headers": tech_headers,
                "name": name,
                "detail": detail,
            }
        )
        if codecs is not UNSET:
            field_dict["codecs"] = codecs

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.put_providers_id_body_tech_headers import (
            PutProvidersIdBodyTechHeaders,
        )

        d = dict(src_dict)
        type_ = RouteManagerProviderType(d.pop("type"))

        hostname = d.pop("hostname")

        tech_prefix = d.pop("tech_prefix")

        tech_postfix = d.pop("tech_postfix")

        tech_headers = PutProvidersIdBodyTechHeaders.from_dict(d.pop("tech_headers"))

        name = d.pop("name")

        detail = d.pop("detail")

        codecs = d.pop("codecs", UNSET)

        put_providers_id_body = cls(
            type_=type_,
            hostname=hostname,
            tech_prefix=tech_prefix,
            tech_postfix=tech_postfix,
            tech_headers=tech_headers,
            name=name,
            detail=detail,
            codecs=codecs,
        )

        put_providers_id_body.additional_properties = d
        return put_providers_id_body

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
