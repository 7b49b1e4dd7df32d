from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
    str_list,
)


class OutboundConfigUpdateRequest(Model):
    """Attributes:
    name (str | None): Human-readable name for this outbound config.
    detail (str | None): Free-text description of this outbound config.
    destination_whitelist (list[str] | None): ISO 3166 alpha-2 country codes (lowercase). Send null or omit to
        leave unchanged. Send [] to deny all PSTN calls.
    codecs (str | None): Comma-separated codec preference list. Send null or omit to leave unchanged. Send empty
        string to use server default.
    default_outgoing_source_number_id (str | None): UUID of the customer's default outgoing source number to
        set.
        Send `00000000-0000-0000-0000-000000000000` to clear the default.
        Omit this field (or send `null`) to leave the current value unchanged.
        The number must belong to the customer, be of type `normal`, and be active.
    """

    __slots__ = (
        "codecs",
        "default_outgoing_source_number_id",
        "destination_whitelist",
        "detail",
        "name",
    )
    _fields = (
        ("name", "name"),
        ("detail", "detail"),
        ("destination_whitelist", "destination_whitelist"),
        ("codecs", "codecs"),
        ("default_outgoing_source_number_id", "default_outgoing_source_number_id"),
    )
    _wire_names = frozenset(
        {
            "name",
            "detail",
            "destination_whitelist",
            "codecs",
            "default_outgoing_source_number_id",
        }
    )

    name: str | None
    detail: str | None
    destination_whitelist: list[str] | None
    codecs: str | None
    default_outgoing_source_number_id: str | None

    def __init__(
        self,
        *,
        name: str | None = None,
        detail: str | None = None,
        destination_whitelist: list[str] | None = None,
        codecs: str | None = None,
        default_outgoing_source_number_id: str | None = None,
    ) -> None:
        self._data = {}
        self.name = name
        self.detail = detail
        self.destination_whitelist = destination_whitelist
        self.codecs = codecs
        self.default_outgoing_source_number_id = default_outgoing_source_number_id

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "OutboundConfigUpdateRequest")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("name")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("OutboundConfigUpdateRequest", "name", "str", v)
        self.name = v
        v = get("detail")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("OutboundConfigUpdateRequest", "detail", "str", v)
        self.detail = v
        v = get("destination_whitelist")
        if v is not None:
            v = str_list(v, "OutboundConfigUpdateRequest", "destination_whitelist")
        self.destination_whitelist = v
        v = get("codecs")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("OutboundConfigUpdateRequest", "codecs", "str", v)
        self.codecs = v
        v = get("default_outgoing_source_number_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError(
                "OutboundConfigUpdateRequest",
                "default_outgoing_source_number_id",
                "str",
                v,
            )
        self.default_outgoing_source_number_id = v
        return self
