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


class Outdial(Model):
    """Attributes:
    id (str): The unique identifier for the outdial.
    customer_id (str): The unique identifier for the customer associated with the outdial. Returned from the
        `GET /customers` response.
    campaign_id (str): The unique identifier of the campaign. Returned from the `POST /campaigns` or `GET
        /campaigns` response.
    name (str): The name of the outdial.
    detail (str): The detailed description of the outdial.
    data (str): The data associated with the outdial.
    tm_create (datetime.datetime | None): Timestamp when the outdial was created.
    tm_update (datetime.datetime | None): Timestamp when the outdial was last updated.
    tm_delete (datetime.datetime | None): Timestamp when the outdial was deleted.
    """

    __slots__ = (
        "campaign_id",
        "customer_id",
        "data",
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
        ("campaign_id", "campaign_id"),
        ("name", "name"),
        ("detail", "detail"),
        ("data", "data"),
        ("tm_create", "tm_create"),
        ("tm_update", "tm_update"),
        ("tm_delete", "tm_delete"),
    )
    _wire_names = frozenset(
        {
            "id",
            "customer_id",
            "campaign_id",
            "name",
            "detail",
            "data",
            "tm_create",
            "tm_update",
            "tm_delete",
        }
    )

    id: str
    customer_id: str
    campaign_id: str
    name: str
    detail: str
    data: str
    tm_create: datetime.datetime | None
    tm_update: datetime.datetime | None
    tm_delete: datetime.datetime | None

    def __init__(
        self,
        *,
        id: str | None = None,
        customer_id: str | None = None,
        campaign_id: str | None = None,
        name: str | None = None,
        detail: str | None = None,
        data: str | None = None,
        tm_create: datetime.datetime | None = None,
        tm_update: datetime.datetime | None = None,
        tm_delete: datetime.datetime | None = None,
    ) -> None:
        self._data = {}
        self.id = id  # type: ignore[assignment]
        self.customer_id = customer_id  # type: ignore[assignment]
        self.campaign_id = campaign_id  # type: ignore[assignment]
        self.name = name  # type: ignore[assignment]
        self.detail = detail  # type: ignore[assignment]
        self.data = data  # type: ignore[assignment]
        self.tm_create = tm_create
        self.tm_update = tm_update
        self.tm_delete = tm_delete

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = src_dict if type(src_dict) is dict else as_object(src_dict, "Outdial")
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Outdial", "id", "str", v)
        self.id = v
        v = get("customer_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Outdial", "customer_id", "str", v)
        self.customer_id = v
        v = get("campaign_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Outdial", "campaign_id", "str", v)
        self.campaign_id = v
        v = get("name")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Outdial", "name", "str", v)
        self.name = v
        v = get("detail")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Outdial", "detail", "str", v)
        self.detail = v
        v = get("data")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Outdial", "data", "str", v)
        self.data = v
        v = get("tm_create")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Outdial", "tm_create")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_create = v
        v = get("tm_update")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Outdial", "tm_update")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_update = v
        v = get("tm_delete")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Outdial", "tm_delete")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_delete = v
        return self
