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
    str_list,
    timestamp,
)


class OutboundConfig(Model):
    """Attributes:
    id (str): The unique identifier of the outbound config.
    customer_id (str): The customer ID that owns this outbound config. Returned from the `GET /customers`
        response.
    name (str): Human-readable name for this outbound config.
    detail (str): Free-text description of this outbound config.
    destination_whitelist (list[str] | None): ISO 3166 alpha-2 country codes (lowercase). Empty array = deny all
        PSTN calls.
    codecs (str): Comma-separated codec preference list (e.g. PCMU,PCMA,G729). Empty = server default.
    default_outgoing_source_number_id (str | None): UUID of the customer's default outgoing source number, used
        as the caller ID
        when an outgoing tel call has no valid caller-supplied source.
        Set to `00000000-0000-0000-0000-000000000000` to clear the default.
        The number must belong to the customer, be of type `normal`, and be active.
        Validated at update time and re-validated at call time.
        Obtained from the `id` field of the `GET /numbers` response.
    tm_create (datetime.datetime | None): Timestamp when the outbound config was created.
    tm_update (datetime.datetime | None): Timestamp when the outbound config was last updated.
    tm_delete (datetime.datetime | None): Timestamp when the outbound config was deleted (soft-delete).
    """

    __slots__ = (
        "codecs",
        "customer_id",
        "default_outgoing_source_number_id",
        "destination_whitelist",
        "detail",
        "id",
        "name",
        "tm_create",
        "tm_delete",
        "tm_update",
    )
    _fields = (
        ("id", "id"),
        ("customer_id", "customer_id"),
        ("name", "name"),
        ("detail", "detail"),
        ("destination_whitelist", "destination_whitelist"),
        ("codecs", "codecs"),
        ("default_outgoing_source_number_id", "default_outgoing_source_number_id"),
        ("tm_create", "tm_create"),
        ("tm_update", "tm_update"),
        ("tm_delete", "tm_delete"),
    )
    _wire_names = frozenset(
        {
            "id",
            "customer_id",
            "name",
            "detail",
            "destination_whitelist",
            "codecs",
            "default_outgoing_source_number_id",
            "tm_create",
            "tm_update",
            "tm_delete",
        }
    )

    id: str
    customer_id: str
    name: str
    detail: str
    destination_whitelist: list[str] | None
    codecs: str
    default_outgoing_source_number_id: str | None
    tm_create: datetime.datetime | None
    tm_update: datetime.datetime | None
    tm_delete: datetime.datetime | None

    def __init__(
        self,
        *,
        id: str | None = None,
        customer_id: str | None = None,
        name: str | None = None,
        detail: str | None = None,
        destination_whitelist: list[str] | None = None,
        codecs: str | None = None,
        default_outgoing_source_number_id: str | None = None,
        tm_create: datetime.datetime | None = None,
        tm_update: datetime.datetime | None = None,
        tm_delete: datetime.datetime | None = None,
    ) -> None:
        self._data = {}
        self.id = id  # type: ignore[assignment]
        self.customer_id = customer_id  # type: ignore[assignment]
        self.name = name  # type: ignore[assignment]
        self.detail = detail  # type: ignore[assignment]
        self.destination_whitelist = destination_whitelist
        self.codecs = codecs  # type: ignore[assignment]
        self.default_outgoing_source_number_id = default_outgoing_source_number_id
        self.tm_create = tm_create
        self.tm_update = tm_update
        self.tm_delete = tm_delete

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "OutboundConfig")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("OutboundConfig", "id", "str", v)
        self.id = v
        v = get("customer_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("OutboundConfig", "customer_id", "str", v)
        self.customer_id = v
        v = get("name")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("OutboundConfig", "name", "str", v)
        self.name = v
        v = get("detail")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("OutboundConfig", "detail", "str", v)
        self.detail = v
        v = get("destination_whitelist")
        if v is not None:
            v = str_list(v, "OutboundConfig", "destination_whitelist")
        self.destination_whitelist = v
        v = get("codecs")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("OutboundConfig", "codecs", "str", v)
        self.codecs = v
        v = get("default_outgoing_source_number_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError(
                "OutboundConfig", "default_outgoing_source_number_id", "str", v
            )
        self.default_outgoing_source_number_id = v
        v = get("tm_create")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "OutboundConfig", "tm_create")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_create = v
        v = get("tm_update")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "OutboundConfig", "tm_update")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_update = v
        v = get("tm_delete")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "OutboundConfig", "tm_delete")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_delete = v
        return self
