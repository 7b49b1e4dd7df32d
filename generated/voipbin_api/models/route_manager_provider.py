from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.route_manager_provider_health_status import (
    RouteManagerProviderHealthStatus,
)
from ..models.route_manager_provider_type import RouteManagerProviderType
from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.route_manager_provider_metadata_type_0 import (
        RouteManagerProviderMetadataType0,
    )
    from ..models.route_manager_provider_tech_headers_type_0 import (
        RouteManagerProviderTechHeadersType0,
    )


T = TypeVar("T", bound="RouteManagerProvider")


@_attrs_define
class RouteManagerProvider:
    """
    Attributes:
        id (UUID | Unset): The unique identifier of the provider. Returned from the `POST /providers` or `GET
            /providers` response. Example: 550e8400-e29b-41d4-a716-446655440000.
        type_ (RouteManagerProviderType | Unset): Defines the type of the provider. Currently, only 'sip' is supported
            for VoIP/SIP providers. Example: sip.
        hostname (str | Unset): The destination hostname for the provider. Example: sip.provider.example.com.
        tech_prefix (str | Unset): The tech prefix, valid only for SIP type providers. Example: 9.
        tech_postfix (str | Unset): The tech postfix, valid only for SIP type providers. Example: #.
        tech_headers (None | RouteManagerProviderTechHeadersType0 | Unset): The tech headers, valid only for SIP type
            providers. Example: {'X-Custom-Header': 'value1'}.
        metadata (None | RouteManagerProviderMetadataType0 | Unset): Carrier-specific resource identifiers stored during
            automated setup. For Telnyx providers created via `POST /providers/setup`, contains `telnyx_profile_id`,
            `telnyx_connection_id`, `telnyx_fqdn_id`, and `telnyx_fqdn`. Read-only — populated automatically by the setup
            endpoint. Empty object `{}` for providers created manually via `POST /providers`. Example: {'telnyx_profile_id':
            '2944757397136082899', 'telnyx_connection_id': '2944757397198982899', 'telnyx_fqdn_id': '2944757397261882899',
            'telnyx_fqdn': 'sip.voipbin.net'}.
        name (str | Unset): The name of the provider. Example: Twilio SIP Provider.
        detail (str | Unset): The details about the provider. Example: Primary outbound SIP provider.
        codecs (str | Unset): Comma-separated codec list offered to this provider (e.g. "PCMU,PCMA"). Empty means
            server-default negotiation. Applied to outgoing PSTN dial attempts only; has no effect on SIP-to-SIP traffic.
             Example: PCMU,PCMA.
        health_status (RouteManagerProviderHealthStatus | Unset): The health status of the provider as determined by
            periodic SIP OPTIONS probes. Example: healthy.
        health_checked_at (datetime.datetime | None | Unset): The timestamp of the last successful health check probe.
            Example: 2026-04-20T10:00:00.000000Z.
        tm_create (datetime.datetime | None | Unset): The creation timestamp. Example: 2026-01-15T09:30:00.000000Z.
        tm_update (datetime.datetime | None | Unset): The last update timestamp. Example: 2026-01-16T14:20:00.000000Z.
        tm_delete (datetime.datetime | None | Unset): The deletion timestamp. Example: 2026-01-17T18:45:00.000000Z.
    """

    id: UUID | Unset = UNSET
    type_: RouteManagerProviderType | Unset = UNSET
    hostname: str | Unset = UNSET
    tech_prefix: str | Unset = UNSET
    tech_postfix: str | Unset = UNSET
    tech_headers: None | RouteManagerProviderTechHeadersType0 | Unset = UNSET
    metadata: None | RouteManagerProviderMetadataType0 | Unset = UNSET
    name: str | Unset = UNSET
    detail: str | Unset = UNSET
    codecs: str | Unset = UNSET
    health_status: RouteManagerProviderHealthStatus | Unset = UNSET
    health_checked_at: datetime.datetime | None | Unset = UNSET
    tm_create: datetime.datetime | None | Unset = UNSET
    tm_update: datetime.datetime | None | Unset = UNSET
    tm_delete: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.route_manager_provider_metadata_type_0 import (
            RouteManagerProviderMetadataType0,
        )
        from ..models.route_manager_provider_tech_headers_type_0 import (
            RouteManagerProviderTechHeadersType0,
        )

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        hostname = self.hostname

        tech_prefix = self.tech_prefix

        tech_postfix = self.tech_postfix

        tech_headers: dict[str, Any] | None | Unset
        if isinstance(self.tech_headers, Unset):
            tech_headers = UNSET
        elif isinstance(self.tech_headers, RouteManagerProviderTechHeadersType0):
            tech_headers = self.tech_headers.to_dict()
        else:
            tech_headers = self.tech_headers

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, RouteManagerProviderMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        name = self.name

        detail = self.detail

        codecs = self.codecs

        health_status: str | Unset = UNSET
        if not isinstance(self.health_status, Unset):
            health_status = self.health_status.value

        health_checked_at: None | str | Unset
        if isinstance(self.health_checked_at, Unset):
            health_checked_at = UNSET
        elif isinstance(self.health_checked_at, datetime.datetime):
            health_checked_at = self.health_checked_at.isoformat()
        else:
            health_checked_at = self.health_checked_at

        tm_create: None | str | Unset
        if isinstance(self.tm_create, Unset):
            tm_create = UNSET
        elif isinstance(self.tm_create, datetime.datetime):
            tm_create = self.tm_create.isoformat()
        else:
            tm_create = self.tm_create

        tm_update: None | str | Unset
        if isinstance(self.tm_update, Unset):
            tm_update = UNSET
        elif isinstance(self.tm_update, datetime.datetime):
            tm_update = self.tm_update.isoformat()
        else:
            tm_update = self.tm_update

        tm_delete: None | str | Unset
        if isinstance(self.tm_delete, Unset):
            tm_delete = UNSET
        elif isinstance(self.tm_delete, datetime.datetime):
            tm_delete = self.tm_delete.isoformat()
        else:
            tm_delete = self.tm_delete

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if hostname is not UNSET:
            field_dict["hostname"] = hostname
        if tech_prefix is not UNSET:
            field_dict["tech_prefix"] = tech_prefix
        if tech_postfix is not UNSET:
            field_dict["tech_postfix"] = tech_postfix
        if tech_headers is not UNSET:
            field_dict["tech_headers"] = tech_headers
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if name is not UNSET:
            field_dict["name"] = name
        if detail is not UNSET:
            field_dict["detail"] = detail
        if codecs is not UNSET:
            field_dict["codecs"] = codecs
        if health_status is not UNSET:
            field_dict["health_status"] = health_status
        if health_checked_at is not UNSET:
            field_dict["health_checked_at"] = health_checked_at
        if tm_create is not UNSET:
            field_dict["tm_create"] = tm_create
        if tm_update is not UNSET:
            field_dict["tm_update"] = tm_update
        if tm_delete is not UNSET:
            field_dict["tm_delete"] = tm_delete

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.route_manager_provider_metadata_type_0 import (
            RouteManagerProviderMetadataType0,
        )
        from ..models.route_manager_provider_tech_headers_type_0 import (
            RouteManagerProviderTechHeadersType0,
        )

        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        _type_ = d.pop("type", UNSET)
        type_: RouteManagerProviderType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = RouteManagerProviderType(_type_)

        hostname = d.pop("hostname", UNSET)

        tech_prefix = d.pop("tech_prefix", UNSET)

        tech_postfix = d.pop("tech_postfix", UNSET)

        def _parse_tech_headers(
            data: object,
        ) -> None | RouteManagerProviderTechHeadersType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(f"tech_headers: unexpected {type(data).__name__}")
            tech_headers_type_0 = RouteManagerProviderTechHeadersType0.from_dict(data)

            return tech_headers_type_0

        tech_headers = _parse_tech_headers(d.pop("tech_headers", UNSET))

        def _parse_metadata(
            data: object,
        ) -> None | RouteManagerProviderMetadataType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(f"metadata: unexpected {type(data).__name__}")
            metadata_type_0 = RouteManagerProviderMetadataType0.from_dict(data)

            return metadata_type_0

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        name = d.pop("name", UNSET)

        detail = d.pop("detail", UNSET)

        codecs = d.pop("codecs", UNSET)

        _health_status = d.pop("health_status", UNSET)
        health_status: RouteManagerProviderHealthStatus | Unset
        if isinstance(_health_status, Unset):
            health_status = UNSET
        else:
            health_status = RouteManagerProviderHealthStatus(_health_status)

        def _parse_health_checked_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"health_checked_at: unexpected {type(data).__name__}")
            health_checked_at_type_0 = parse_datetime(data)

            return health_checked_at_type_0

        health_checked_at = _parse_health_checked_at(d.pop("health_checked_at", UNSET))

        def _parse_tm_create(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"tm_create: unexpected {type(data).__name__}")
            tm_create_type_0 = parse_datetime(data)

            return tm_create_type_0

        tm_create = _parse_tm_create(d.pop("tm_create", UNSET))

        def _parse_tm_update(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"tm_update: unexpected {type(data).__name__}")
            tm_update_type_0 = parse_datetime(data)

            return tm_update_type_0

        tm_update = _parse_tm_update(d.pop("tm_update", UNSET))

        def _parse_tm_delete(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"tm_delete: unexpected {type(data).__name__}")
            tm_delete_type_0 = parse_datetime(data)

            return tm_delete_type_0

        tm_delete = _parse_tm_delete(d.pop("tm_delete", UNSET))

        route_manager_provider = cls(
            id=id,
            type_=type_,
            hostname=hostname,
            tech_prefix=tech_prefix,
            tech_postfix=tech_postfix,
            tech_headers=tech_headers,
            metadata=metadata,
            name=name,
            detail=detail,
            codecs=codecs,
            health_status=health_status,
            health_checked_at=health_checked_at,
            tm_create=tm_create,
            tm_update=tm_update,
            tm_delete=tm_delete,
        )

        route_manager_provider.additional_properties = d
        return route_manager_provider

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
