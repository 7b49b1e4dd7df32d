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
    timestamp,
)


class Route(Model):
    """Attributes:
    id (str): The unique identifier of the route. Returned from the `POST /routes` or `GET /routes` response.
    customer_id (str): The unique identifier of the customer who owns this route. Returned from the `GET
        /customers` response.
    name (str): The name of the route.
    detail (str): The details about the route.
    provider_id (str): The unique identifier of the provider used for this route. Returned from the `GET
        /providers` response.
    priority (int): The priority of the route, used for routing decisions.
    target (str): The target destination for the route (e.g., country code or 'all').
    tm_create (datetime.datetime | None): The creation timestamp.
    tm_update (datetime.datetime | None): The last update timestamp.
    tm_delete (datetime.datetime | None): The deletion timestamp.
    """

    __slots__ = (
        "customer_id",
        "detail",
        "id",
        "name",
        "priority",
        "provider_id",
        "target",
        "tm_create",
        "tm_delete",
        "tm_update",
    )
    _fields = (
        ("id", "id"),
        ("customer_id", "customer_id"),
        ("name", "name"),
        ("detail", "detail"),
        ("provider_id", "provider_id"),
        ("priority", "priority"),
        ("target", "target"),
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
            "provider_id",
            "priority",
            "target",
            "tm_create",
            "tm_update",
            "tm_delete",
        }
    )

    id: str
    customer_id: str
    name: str
    detail: str
    provider_id: str
    priority: int
    target: str
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
        provider_id: str | None = None,
        priority: int | None = None,
        target: str | None = None,
        tm_create: datetime.datetime | None = None,
        tm_update: datetime.datetime | None = None,
        tm_delete: datetime.datetime | None = None,
    ) -> None:
        self._data = {}
        self.id = id  # type: ignore[assignment]
        self.customer_id = customer_id  # type: ignore[assignment]
        self.name = name  # type: ignore[assignment]
        self.detail = detail  # type: ignore[assignment]
        self.provider_id = provider_id  # type: ignore[assignment]
        self.priority = priority  # type: ignore[assignment]
        self.target = target  # type: ignore[assignment]
        self.tm_create = tm_create
        self.tm_update = tm_update
        self.tm_delete = tm_delete

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = src_dict if type(src_dict) is dict else as_object(src_dict, "Route")
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Route", "id", "str", v)
        self.id = v
        v = get("customer_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Route", "customer_id", "str", v)
        self.customer_id = v
        v = get("name")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Route", "name", "str", v)
        self.name = v
        v = get("detail")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Route", "detail", "str", v)
        self.detail = v
        v = get("provider_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Route", "provider_id", "str", v)
        self.provider_id = v
        v = get("priority")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("Route", "priority", "int", v)
        self.priority = v
        v = get("target")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Route", "target", "str", v)
        self.target = v
        v = get("tm_create")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Route", "tm_create")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_create = v
        v = get("tm_update")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Route", "tm_update")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_update = v
        v = get("tm_delete")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Route", "tm_delete")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_delete = v
        return self
