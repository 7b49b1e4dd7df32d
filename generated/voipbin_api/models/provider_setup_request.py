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


class ProviderSetupRequest(Model):
    """Request body for POST /providers/setup. Submits carrier credentials so the platform can validate the key, create
    the carrier-side SIP trunk, and auto-create a VoIPBin provider record.

    Attributes:
        carrier (ProviderSetupRequestCarrier): The carrier to set up. Currently only 'telnyx' is supported.
        name (str): A human-readable name for the created provider.
        credentials (ProviderSetupRequestCredentials):
        detail (str | None): Optional description of the provider.
    """

    __slots__ = ("carrier", "credentials", "detail", "name")
    _fields = (
        ("carrier", "carrier"),
        ("name", "name"),
        ("credentials", "credentials"),
        ("detail", "detail"),
    )
    _wire_names = frozenset(
        {
            "carrier",
            "name",
            "credentials",
            "detail",
        }
    )

    carrier: ProviderSetupRequestCarrier
    name: str
    credentials: ProviderSetupRequestCredentials
    detail: str | None

    def __init__(
        self,
        *,
        carrier: ProviderSetupRequestCarrier | None = None,
        name: str | None = None,
        credentials: ProviderSetupRequestCredentials | None = None,
        detail: str | None = None,
    ) -> None:
        self._data = {}
        self.carrier = carrier  # type: ignore[assignment]
        self.name = name  # type: ignore[assignment]
        self.credentials = credentials  # type: ignore[assignment]
        self.detail = detail

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "ProviderSetupRequest")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("carrier")
        if v is not None:
            m = (
                ProviderSetupRequestCarrier._value2member_map_.get(v)
                if type(v) is str
                else None
            )
            v = (
                open_enum(
                    ProviderSetupRequestCarrier, v, "ProviderSetupRequest", "carrier"
                )
                if m is None
                else m
            )
        self.carrier = v
        v = get("name")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ProviderSetupRequest", "name", "str", v)
        self.name = v
        v = get("credentials")
        if v is not None:
            try:
                v = ProviderSetupRequestCredentials.from_dict(v)
            except FieldError as error:
                raise error.within("ProviderSetupRequest", "credentials") from None
        self.credentials = v
        v = get("detail")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ProviderSetupRequest", "detail", "str", v)
        self.detail = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.provider_setup_request_carrier import ProviderSetupRequestCarrier
from ..models.provider_setup_request_credentials import ProviderSetupRequestCredentials
