from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    enum_list,
    new_model,
    str_list,
)


class PutTrunksIdBody(Model):
    """Attributes:
    name (str):
    detail (str):
    auth_types (list[AuthType]):
    username (str):
    password (str):
    allowed_ips (list[str]):
    """

    __slots__ = ("allowed_ips", "auth_types", "detail", "name", "password", "username")
    _fields = (
        ("name", "name"),
        ("detail", "detail"),
        ("auth_types", "auth_types"),
        ("username", "username"),
        ("password", "password"),
        ("allowed_ips", "allowed_ips"),
    )
    _wire_names = frozenset(
        {
            "name",
            "detail",
            "auth_types",
            "username",
            "password",
            "allowed_ips",
        }
    )

    name: str
    detail: str
    auth_types: list[AuthType]
    username: str
    password: str
    allowed_ips: list[str]

    def __init__(
        self,
        *,
        name: str | None = None,
        detail: str | None = None,
        auth_types: list[AuthType] | None = None,
        username: str | None = None,
        password: str | None = None,
        allowed_ips: list[str] | None = None,
    ) -> None:
        self._data = {}
        self.name = name  # type: ignore[assignment]
        self.detail = detail  # type: ignore[assignment]
        self.auth_types = auth_types  # type: ignore[assignment]
        self.username = username  # type: ignore[assignment]
        self.password = password  # type: ignore[assignment]
        self.allowed_ips = allowed_ips  # type: ignore[assignment]

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "PutTrunksIdBody")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("name")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PutTrunksIdBody", "name", "str", v)
        self.name = v
        v = get("detail")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PutTrunksIdBody", "detail", "str", v)
        self.detail = v
        v = get("auth_types")
        if v is not None:
            v = enum_list(AuthType, v, "PutTrunksIdBody", "auth_types")
        self.auth_types = v
        v = get("username")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PutTrunksIdBody", "username", "str", v)
        self.username = v
        v = get("password")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PutTrunksIdBody", "password", "str", v)
        self.password = v
        v = get("allowed_ips")
        if v is not None:
            v = str_list(v, "PutTrunksIdBody", "allowed_ips")
        self.allowed_ips = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.auth_type import AuthType
