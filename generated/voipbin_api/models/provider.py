from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    UTC,
    FieldError,
    Model,
    as_object,
    fromisoformat,
    in_utc,
    new_model,
    open_enum,
    timestamp,
)


class Provider(Model):
    """Attributes:
    id (str): The unique identifier of the provider. Returned from the `POST /providers` or `GET /providers`
        response.
    type (ProviderType): Defines the type of the provider. Currently, only 'sip' is supported for VoIP/SIP
        providers.
    hostname (str): The destination hostname for the provider.
    tech_prefix (str): The tech prefix, valid only for SIP type providers.
    tech_postfix (str): The tech postfix, valid only for SIP type providers.
    tech_headers (ProviderTechHeaders | None): The tech headers, valid only for SIP type providers.
    metadata (ProviderMetadata | None): Carrier-specific resource identifiers stored during automated setup. For
        Telnyx providers created via `POST /providers/setup`, contains `telnyx_profile_id`, `telnyx_connection_id`,
        `telnyx_fqdn_id`, and `telnyx_fqdn`. Read-only — populated automatically by the setup endpoint. Empty object
        `{}` for providers created manually via `POST /providers`.
    name (str): The name of the provider.
    detail (str): The details about the provider.
    codecs (str): Comma-separated codec list offered to this provider (e.g. "PCMU,PCMA"). Empty means server-
        default negotiation. Applied to outgoing PSTN dial attempts only; has no effect on SIP-to-SIP traffic.
    health_status (ProviderHealthStatus): The health status of the provider as determined by periodic SIP
        OPTIONS probes.
    health_checked_at (datetime.datetime | None): The timestamp of the last successful health check probe.
    tm_create (datetime.datetime | None): The creation timestamp.
    tm_update (datetime.datetime | None): The last update timestamp.
    tm_delete (datetime.datetime | None): The deletion timestamp.
    """

    __slots__ = (
        "codecs",
        "detail",
        "health_checked_at",
        "health_status",
        "hostname",
        "id",
        "metadata",
        "name",
        "tech_headers",
        "tech_postfix",
        "tech_prefix",
        "tm_create",
        "tm_delete",
        "tm_update",
        "type",
    )
    _fields = (
        ("id", "id"),
        ("type", "type"),
        ("hostname", "hostname"),
        ("tech_prefix", "tech_prefix"),
        ("tech_postfix", "tech_postfix"),
        ("tech_headers", "tech_headers"),
        ("metadata", "metadata"),
        ("name", "name"),
        ("detail", "detail"),
        ("codecs", "codecs"),
        ("health_status", "health_status"),
        ("health_checked_at", "health_checked_at"),
        ("tm_create", "tm_create"),
        ("tm_update", "tm_update"),
        ("tm_delete", "tm_delete"),
    )
    _wire_names = frozenset(
        {
            "id",
            "type",
            "hostname",
            "tech_prefix",
            "tech_postfix",
            "tech_headers",
            "metadata",
            "name",
            "detail",
            "codecs",
            "health_status",
            "health_checked_at",
            "tm_create",
            "tm_update",
            "tm_delete",
        }
    )

    id: str
    type: ProviderType
    hostname: str
    tech_prefix: str
    tech_postfix: str
    tech_headers: ProviderTechHeaders | None
    metadata: ProviderMetadata | None
    name: str
    detail: str
    codecs: str
    health_status: ProviderHealthStatus
    health_checked_at: datetime.datetime | None
    tm_create: datetime.datetime | None
    tm_update: datetime.datetime | None
    tm_delete: datetime.datetime | None

    def __init__(
        self,
        *,
        id: str | None = None,
        type: ProviderType | None = None,
        hostname: str | None = None,
        tech_prefix: str | None = None,
        tech_postfix: str | None = None,
        tech_headers: ProviderTechHeaders | None = None,
        metadata: ProviderMetadata | None = None,
        name: str | None = None,
        detail: str | None = None,
        codecs: str | None = None,
        health_status: ProviderHealthStatus | None = None,
        health_checked_at: datetime.datetime | None = None,
        tm_create: datetime.datetime | None = None,
        tm_update: datetime.datetime | None = None,
        tm_delete: datetime.datetime | None = None,
    ) -> None:
        self._data = {}
        self.id = id  # type: ignore[assignment]
        self.type = type  # type: ignore[assignment]
        self.hostname = hostname  # type: ignore[assignment]
        self.tech_prefix = tech_prefix  # type: ignore[assignment]
        self.tech_postfix = tech_postfix  # type: ignore[assignment]
        self.tech_headers = tech_headers
        self.metadata = metadata
        self.name = name  # type: ignore[assignment]
        self.detail = detail  # type: ignore[assignment]
        self.codecs = codecs  # type: ignore[assignment]
        self.health_status = health_status  # type: ignore[assignment]
        self.health_checked_at = health_checked_at
        self.tm_create = tm_create
        self.tm_update = tm_update
        self.tm_delete = tm_delete

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = src_dict if type(src_dict) is dict else as_object(src_dict, "Provider")
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Provider", "id", "str", v)
        self.id = v
        v = get("type")
        if v is not None:
            m = ProviderType._value2member_map_.get(v) if type(v) is str else None
            v = open_enum(ProviderType, v, "Provider", "type") if m is None else m
        self.type = v
        v = get("hostname")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Provider", "hostname", "str", v)
        self.hostname = v
        v = get("tech_prefix")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Provider", "tech_prefix", "str", v)
        self.tech_prefix = v
        v = get("tech_postfix")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Provider", "tech_postfix", "str", v)
        self.tech_postfix = v
        v = get("tech_headers")
        if v is not None:
            try:
                v = ProviderTechHeaders.from_dict(v)
            except FieldError as error:
                raise error.within("Provider", "tech_headers") from None
        self.tech_headers = v
        v = get("metadata")
        if v is not None:
            try:
                v = ProviderMetadata.from_dict(v)
            except FieldError as error:
                raise error.within("Provider", "metadata") from None
        self.metadata = v
        v = get("name")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Provider", "name", "str", v)
        self.name = v
        v = get("detail")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Provider", "detail", "str", v)
        self.detail = v
        v = get("codecs")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Provider", "codecs", "str", v)
        self.codecs = v
        v = get("health_status")
        if v is not None:
            m = (
                ProviderHealthStatus._value2member_map_.get(v)
                if type(v) is str
                else None
            )
            v = (
                open_enum(ProviderHealthStatus, v, "Provider", "health_status")
                if m is None
                else m
            )
        self.health_status = v
        v = get("health_checked_at")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Provider", "health_checked_at")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.health_checked_at = v
        v = get("tm_create")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Provider", "tm_create")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_create = v
        v = get("tm_update")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Provider", "tm_update")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_update = v
        v = get("tm_delete")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Provider", "tm_delete")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_delete = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.provider_health_status import ProviderHealthStatus
from ..models.provider_metadata import ProviderMetadata
from ..models.provider_tech_headers import ProviderTechHeaders
from ..models.provider_type import ProviderType
