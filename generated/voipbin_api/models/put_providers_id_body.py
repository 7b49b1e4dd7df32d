from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
    open_enum,
)


class PutProvidersIdBody(Model):
    """Attributes:
    type (ProviderType): Defines the type of the provider. Currently, only 'sip' is supported for VoIP/SIP
        providers.
    hostname (str):
    tech_prefix (str):
    tech_postfix (str):
    tech_headers (PutProvidersIdBodyTechHeaders):
    name (str):
    detail (str):
    codecs (str | None): Comma-separated codec list offered to this provider (e.g. "PCMU,PCMA"). Empty means
        server-default negotiation. Applied to outgoing PSTN dial attempts only; has no effect on SIP-to-SIP
        traffic.
    """

    __slots__ = (
        "codecs",
        "detail",
        "hostname",
        "name",
        "tech_headers",
        "tech_postfix",
        "tech_prefix",
        "type",
    )
    _fields = (
        ("type", "type"),
        ("hostname", "hostname"),
        ("tech_prefix", "tech_prefix"),
        ("tech_postfix", "tech_postfix"),
        ("tech_headers", "tech_headers"),
        ("name", "name"),
        ("detail", "detail"),
        ("codecs", "codecs"),
    )
    _wire_names = frozenset(
        {
            "type",
            "hostname",
            "tech_prefix",
            "tech_postfix",
            "tech_headers",
            "name",
            "detail",
            "codecs",
        }
    )

    type: ProviderType
    hostname: str
    tech_prefix: str
    tech_postfix: str
    tech_headers: PutProvidersIdBodyTechHeaders
    name: str
    detail: str
    codecs: str | None

    def __init__(
        self,
        *,
        type: ProviderType | None = None,
        hostname: str | None = None,
        tech_prefix: str | None = None,
        tech_postfix: str | None = None,
        tech_headers: PutProvidersIdBodyTechHeaders | None = None,
        name: str | None = None,
        detail: str | None = None,
        codecs: str | None = None,
    ) -> None:
        self._data = {}
        self.type = type  # type: ignore[assignment]
        self.hostname = hostname  # type: ignore[assignment]
        self.tech_prefix = tech_prefix  # type: ignore[assignment]
        self.tech_postfix = tech_postfix  # type: ignore[assignment]
        self.tech_headers = tech_headers  # type: ignore[assignment]
        self.name = name  # type: ignore[assignment]
        self.detail = detail  # type: ignore[assignment]
        self.codecs = codecs

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "PutProvidersIdBody")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("type")
        if v is not None:
            m = ProviderType._value2member_map_.get(v) if type(v) is str else None
            v = (
                open_enum(ProviderType, v, "PutProvidersIdBody", "type")
                if m is None
                else m
            )
        self.type = v
        v = get("hostname")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PutProvidersIdBody", "hostname", "str", v)
        self.hostname = v
        v = get("tech_prefix")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PutProvidersIdBody", "tech_prefix", "str", v)
        self.tech_prefix = v
        v = get("tech_postfix")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PutProvidersIdBody", "tech_postfix", "str", v)
        self.tech_postfix = v
        v = get("tech_headers")
        if v is not None:
            try:
                v = PutProvidersIdBodyTechHeaders.from_dict(v)
            except FieldError as error:
                raise error.within("PutProvidersIdBody", "tech_headers") from None
        self.tech_headers = v
        v = get("name")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PutProvidersIdBody", "name", "str", v)
        self.name = v
        v = get("detail")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PutProvidersIdBody", "detail", "str", v)
        self.detail = v
        v = get("codecs")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PutProvidersIdBody", "codecs", "str", v)
        self.codecs = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.provider_type import ProviderType
from ..models.put_providers_id_body_tech_headers import PutProvidersIdBodyTechHeaders
