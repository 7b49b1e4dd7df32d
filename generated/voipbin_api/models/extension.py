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


class Extension(Model):
    """Attributes:
    id (str): The unique identifier of the extension. Returned from the `POST /extensions` or `GET /extensions`
        response.
    customer_id (str): The unique identifier of the customer who owns this extension. Returned from the `GET
        /customers` response.
    name (str): Display name of the extension.
    detail (str): Detailed description of the extension.
    extension (str): The SIP extension number.
    domain_name (str): Domain name, same as the customer_id, used by Kamailio's INVITE validation
    username (str): Username, same as the Extension, used by Kamailio's INVITE validation
    password (str): The SIP password for authentication.
    direct_hash (str): The direct hash for direct access via SIP URI sip:<direct_hash>@sip.voipbin.net (the
        "direct." prefix is already included in the value, e.g. "direct.a1b2c3d4e5f6"). Returned from the resource's
        `direct_hash` field.
    tm_create (datetime.datetime | None): The creation timestamp.
    tm_update (datetime.datetime | None): The last update timestamp.
    tm_delete (datetime.datetime | None): The deletion timestamp.
    """

    __slots__ = (
        "customer_id",
        "detail",
        "direct_hash",
        "domain_name",
        "extension",
        "id",
        "name",
        "password",
        "tm_create",
        "tm_delete",
        "tm_update",
        "username",
    )
    _fields = (
        ("id", "id"),
        ("customer_id", "customer_id"),
        ("name", "name"),
        ("detail", "detail"),
        ("extension", "extension"),
        ("domain_name", "domain_name"),
        ("username", "username"),
        ("password", "password"),
        ("direct_hash", "direct_hash"),
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
            "extension",
            "domain_name",
            "username",
            "password",
            "direct_hash",
            "tm_create",
            "tm_update",
            "tm_delete",
        }
    )

    id: str
    customer_id: str
    name: str
    detail: str
    extension: str
    domain_name: str
    username: str
    password: str
    direct_hash: str
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
        extension: str | None = None,
        domain_name: str | None = None,
        username: str | None = None,
        password: str | None = None,
        direct_hash: str | None = None,
        tm_create: datetime.datetime | None = None,
        tm_update: datetime.datetime | None = None,
        tm_delete: datetime.datetime | None = None,
    ) -> None:
        self._data = {}
        self.id = id  # type: ignore[assignment]
        self.customer_id = customer_id  # type: ignore[assignment]
        self.name = name  # type: ignore[assignment]
        self.detail = detail  # type: ignore[assignment]
        self.extension = extension  # type: ignore[assignment]
        self.domain_name = domain_name  # type: ignore[assignment]
        self.username = username  # type: ignore[assignment]
        self.password = password  # type: ignore[assignment]
        self.direct_hash = direct_hash  # type: ignore[assignment]
        self.tm_create = tm_create
        self.tm_update = tm_update
        self.tm_delete = tm_delete

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = src_dict if type(src_dict) is dict else as_object(src_dict, "Extension")
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Extension", "id", "str", v)
        self.id = v
        v = get("customer_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Extension", "customer_id", "str", v)
        self.customer_id = v
        v = get("name")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Extension", "name", "str", v)
        self.name = v
        v = get("detail")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Extension", "detail", "str", v)
        self.detail = v
        v = get("extension")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Extension", "extension", "str", v)
        self.extension = v
        v = get("domain_name")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Extension", "domain_name", "str", v)
        self.domain_name = v
        v = get("username")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Extension", "username", "str", v)
        self.username = v
        v = get("password")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Extension", "password", "str", v)
        self.password = v
        v = get("direct_hash")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Extension", "direct_hash", "str", v)
        self.direct_hash = v
        v = get("tm_create")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Extension", "tm_create")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_create = v
        v = get("tm_update")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Extension", "tm_update")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_update = v
        v = get("tm_delete")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Extension", "tm_delete")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_delete = v
        return self
