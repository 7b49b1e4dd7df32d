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


class Accesskey(Model):
    """Attributes:
    id (str): The unique identifier of the access key.
    customer_id (str): The unique identifier of the customer. Returned from the `GET /customers` response.
    tm_expire (datetime.datetime | None): Timestamp when the access key expires.
    tm_create (datetime.datetime | None): Timestamp when the access key was created.
    tm_update (datetime.datetime | None): Timestamp when the access key was last updated.
    tm_delete (datetime.datetime | None): Timestamp when the access key was deleted.
    name (str | None): Name of the access key.
    detail (str | None): Additional details about the access key.
    token (str | None): The access key token. Only returned once at creation time via `POST /accesskeys`.
        Subsequent `GET` requests will not include this field. Store it securely immediately after creation.
    token_prefix (str | None): A short prefix of the access key token for identification purposes. Always
        returned in `GET` responses.
    """

    __slots__ = (
        "customer_id",
        "detail",
        "id",
        "name",
        "tm_create",
        "tm_delete",
        "tm_expire",
        "tm_update",
        "token",
        "token_prefix",
    )
    _fields = (
        ("id", "id"),
        ("customer_id", "customer_id"),
        ("tm_expire", "tm_expire"),
        ("tm_create", "tm_create"),
        ("tm_update", "tm_update"),
        ("tm_delete", "tm_delete"),
        ("name", "name"),
        ("detail", "detail"),
        ("token", "token"),
        ("token_prefix", "token_prefix"),
    )
    _wire_names = frozenset(
        {
            "id",
            "customer_id",
            "tm_expire",
            "tm_create",
            "tm_update",
            "tm_delete",
            "name",
            "detail",
            "token",
            "token_prefix",
        }
    )

    id: str
    customer_id: str
    tm_expire: datetime.datetime | None
    tm_create: datetime.datetime | None
    tm_update: datetime.datetime | None
    tm_delete: datetime.datetime | None
    name: str | None
    detail: str | None
    token: str | None
    token_prefix: str | None

    def __init__(
        self,
        *,
        id: str | None = None,
        customer_id: str | None = None,
        tm_expire: datetime.datetime | None = None,
        tm_create: datetime.datetime | None = None,
        tm_update: datetime.datetime | None = None,
        tm_delete: datetime.datetime | None = None,
        name: str | None = None,
        detail: str | None = None,
        token: str | None = None,
        token_prefix: str | None = None,
    ) -> None:
        self._data = {}
        self.id = id  # type: ignore[assignment]
        self.customer_id = customer_id  # type: ignore[assignment]
        self.tm_expire = tm_expire
        self.tm_create = tm_create
        self.tm_update = tm_update
        self.tm_delete = tm_delete
        self.name = name
        self.detail = detail
        self.token = token
        self.token_prefix = token_prefix

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = src_dict if type(src_dict) is dict else as_object(src_dict, "Accesskey")
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Accesskey", "id", "str", v)
        self.id = v
        v = get("customer_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Accesskey", "customer_id", "str", v)
        self.customer_id = v
        v = get("tm_expire")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Accesskey", "tm_expire")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_expire = v
        v = get("tm_create")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Accesskey", "tm_create")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_create = v
        v = get("tm_update")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Accesskey", "tm_update")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_update = v
        v = get("tm_delete")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Accesskey", "tm_delete")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_delete = v
        v = get("name")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Accesskey", "name", "str", v)
        self.name = v
        v = get("detail")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Accesskey", "detail", "str", v)
        self.detail = v
        v = get("token")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Accesskey", "token", "str", v)
        self.token = v
        v = get("token_prefix")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Accesskey", "token_prefix", "str", v)
        self.token_prefix = v
        return self
