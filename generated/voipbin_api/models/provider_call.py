from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    UTC,
    Address,
    FieldError,
    Model,
    as_object,
    fromisoformat,
    in_utc,
    model_list,
    new_model,
    open_enum,
    str_list,
    timestamp,
)


class ProviderCall(Model):
    """An admin-triggered call placed through a specific provider. Captures the
    admin's original request info plus the IDs of calls/groupcalls that were
    created by the underlying call-creation step. Admin polls the referenced
    call IDs via `GET /calls/{id}` for per-call state.

    Attributes:
        id (str): The unique identifier of the providercall. Returned from the `POST /providercalls` response.
        customer_id (str): The customer the record is attributed to. Set server-side from the authenticated admin's
            own customer.
        provider_id (str): The provider the call was forced through. Returned from the `GET /providers` response.
        flow_id (str): The flow executed after the destination answered. `00000000-0000-0000-0000-000000000000` when
            no flow was attached.
        source (Address | None):
        destinations (list[Address] | None): The admin-supplied dial targets. One Call or Groupcall is created per
            destination, depending on destination type.
        anonymous (ProviderCallAnonymous): The anonymous caller-ID option requested. `auto` (default) resolves the
            same as `no` today.
        call_ids (list[str] | None): IDs of the Call records that the call-creation step produced. Returned from the
            `POST /calls` response and retrievable via `GET /calls/{id}`.
        groupcall_ids (list[str] | None): IDs of any Groupcall records produced when a destination resolved to a
            group-type address. Retrievable via `GET /groupcalls/{id}`.
        tm_create (datetime.datetime | None): The creation timestamp.
        tm_update (datetime.datetime | None): The last update timestamp.
        tm_delete (datetime.datetime | None): The deletion timestamp. `null` until soft-deleted.
    """

    __slots__ = (
        "anonymous",
        "call_ids",
        "customer_id",
        "destinations",
        "flow_id",
        "groupcall_ids",
        "id",
        "provider_id",
        "source",
        "tm_create",
        "tm_delete",
        "tm_update",
    )
    _fields = (
        ("id", "id"),
        ("customer_id", "customer_id"),
        ("provider_id", "provider_id"),
        ("flow_id", "flow_id"),
        ("source", "source"),
        ("destinations", "destinations"),
        ("anonymous", "anonymous"),
        ("call_ids", "call_ids"),
        ("groupcall_ids", "groupcall_ids"),
        ("tm_create", "tm_create"),
        ("tm_update", "tm_update"),
        ("tm_delete", "tm_delete"),
    )
    _wire_names = frozenset(
        {
            "id",
            "customer_id",
            "provider_id",
            "flow_id",
            "source",
            "destinations",
            "anonymous",
            "call_ids",
            "groupcall_ids",
            "tm_create",
            "tm_update",
            "tm_delete",
        }
    )

    id: str
    customer_id: str
    provider_id: str
    flow_id: str
    source: Address | None
    destinations: list[Address] | None
    anonymous: ProviderCallAnonymous
    call_ids: list[str] | None
    groupcall_ids: list[str] | None
    tm_create: datetime.datetime | None
    tm_update: datetime.datetime | None
    tm_delete: datetime.datetime | None

    def __init__(
        self,
        *,
        id: str | None = None,
        customer_id: str | None = None,
        provider_id: str | None = None,
        flow_id: str | None = None,
        source: Address | None = None,
        destinations: list[Address] | None = None,
        anonymous: ProviderCallAnonymous | None = None,
        call_ids: list[str] | None = None,
        groupcall_ids: list[str] | None = None,
        tm_create: datetime.datetime | None = None,
        tm_update: datetime.datetime | None = None,
        tm_delete: datetime.datetime | None = None,
    ) -> None:
        self._data = {}
        self.id = id  # type: ignore[assignment]
        self.customer_id = customer_id  # type: ignore[assignment]
        self.provider_id = provider_id  # type: ignore[assignment]
        self.flow_id = flow_id  # type: ignore[assignment]
        self.source = source
        self.destinations = destinations
        self.anonymous = anonymous  # type: ignore[assignment]
        self.call_ids = call_ids
        self.groupcall_ids = groupcall_ids
        self.tm_create = tm_create
        self.tm_update = tm_update
        self.tm_delete = tm_delete

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = src_dict if type(src_dict) is dict else as_object(src_dict, "ProviderCall")
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ProviderCall", "id", "str", v)
        self.id = v
        v = get("customer_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ProviderCall", "customer_id", "str", v)
        self.customer_id = v
        v = get("provider_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ProviderCall", "provider_id", "str", v)
        self.provider_id = v
        v = get("flow_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ProviderCall", "flow_id", "str", v)
        self.flow_id = v
        v = get("source")
        if v is not None:
            try:
                v = Address.from_dict(v)
            except FieldError as error:
                raise error.within("ProviderCall", "source") from None
        self.source = v
        v = get("destinations")
        if v is not None:
            v = model_list(Address, v, "ProviderCall", "destinations")
        self.destinations = v
        v = get("anonymous")
        if v is not None:
            m = (
                ProviderCallAnonymous._value2member_map_.get(v)
                if type(v) is str
                else None
            )
            v = (
                open_enum(ProviderCallAnonymous, v, "ProviderCall", "anonymous")
                if m is None
                else m
            )
        self.anonymous = v
        v = get("call_ids")
        if v is not None:
            v = str_list(v, "ProviderCall", "call_ids")
        self.call_ids = v
        v = get("groupcall_ids")
        if v is not None:
            v = str_list(v, "ProviderCall", "groupcall_ids")
        self.groupcall_ids = v
        v = get("tm_create")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "ProviderCall", "tm_create")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_create = v
        v = get("tm_update")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "ProviderCall", "tm_update")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_update = v
        v = get("tm_delete")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "ProviderCall", "tm_delete")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_delete = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.provider_call_anonymous import ProviderCallAnonymous
