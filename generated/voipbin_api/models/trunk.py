from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    UTC,
    FieldError,
    Model,
    as_object,
    enum_list,
    fromisoformat,
    in_utc,
    new_model,
    str_list,
    timestamp,
)


class Trunk(Model):
    """Attributes:
    id (str): The unique identifier of the trunk. Returned from the `POST /trunks` or `GET /trunks` response.
    customer_id (str): The unique identifier of the customer who owns this trunk. Returned from the `GET
        /customers` response.
    name (str): Display name of the trunk.
    detail (str): Detailed description of the trunk.
    domain_name (str): The SIP domain for this trunk.
    auth_types (list[AuthType] | None): List of authentication methods for this trunk.
    username (str): The SIP username for authentication.
    password (str): The SIP password for authentication.
    allowed_ips (list[str] | None): List of IP addresses allowed for IP-based authentication.
    tm_create (datetime.datetime | None): The creation timestamp.
    tm_update (datetime.datetime | None): The last update timestamp.
    tm_delete (datetime.datetime | None): The deletion timestamp.
    """

    __slots__ = (
        "allowed_ips",
        "auth_types",
        "customer_id",
        "detail",
        "domain_name",
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
        ("domain_name", "domain_name"),
        ("auth_types", "auth_types"),
        ("username", "username"),
        ("password", "password"),
        ("allowed_ips", "allowed_ips"),
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
            "domain_name",
            "auth_types",
            "username",
            "password",
            "allowed_ips",
            "tm_create",
            "tm_update",
            "tm_delete",
        }
    )

    id: str
    customer_id: str
    name: str
    detail: str
    domain_name: str
    auth_types: list[AuthType] | None
    username: str
    password: str
    allowed_ips: list[str] | None
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
        domain_name: str | None = None,
        auth_types: list[AuthType] | None = None,
        username: str | None = None,
        password: str | None = None,
        allowed_ips: list[str] | None = None,
        tm_create: datetime.datetime | None = None,
        tm_update: datetime.datetime | None = None,
        tm_delete: datetime.datetime | None = None,
    ) -> None:
        self._data = {}
        self.id = id  # type: ignore[assignment]
        self.customer_id = customer_id  # type: ignore[assignment]
        self.name = name  # type: ignore[assignment]
        self.detail = detail  # type: ignore[assignment]
        self.domain_name = domain_name  # type: ignore[assignment]
        self.auth_types = auth_types
        self.username = username  # type: ignore[assignment]
        self.password = password  # type: ignore[assignment]
        self.allowed_ips = allowed_ips
        self.tm_create = tm_create
        self.tm_update = tm_update
        self.tm_delete = tm_delete

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = src_dict if type(src_dict) is dict else as_object(src_dict, "Trunk")
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Trunk", "id", "str", v)
        self.id = v
        v = get("customer_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Trunk", "customer_id", "str", v)
        self.customer_id = v
        v = get("name")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Trunk", "name", "str", v)
        self.name = v
        v = get("detail")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Trunk", "detail", "str", v)
        self.detail = v
        v = get("domain_name")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Trunk", "domain_name", "str", v)
        self.domain_name = v
        v = get("auth_types")
        if v is not None:
            v = enum_list(AuthType, v, "Trunk", "auth_types")
        self.auth_types = v
        v = get("username")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Trunk", "username", "str", v)
        self.username = v
        v = get("password")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Trunk", "password", "str", v)
        self.password = v
        v = get("allowed_ips")
        if v is not None:
            v = str_list(v, "Trunk", "allowed_ips")
        self.allowed_ips = v
        v = get("tm_create")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Trunk", "tm_create")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_create = v
        v = get("tm_update")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Trunk", "tm_update")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_update = v
        v = get("tm_delete")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Trunk", "tm_delete")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_delete = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.auth_type import AuthType
