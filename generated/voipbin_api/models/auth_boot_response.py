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
    open_enum,
    timestamp,
)


class AuthBootResponse(Model):
    """Result of a successful boot request. Contains a resource-scoped JWT and metadata about the scoped resource.

    Attributes:
        token (str): JWT token string for API authentication. Pass as `Bearer <token>` in the Authorization header.
        type (AuthBootResponseType): Token type. Always "direct" for boot tokens.
        resource_type (str): The type of resource this token is scoped to (e.g., "ai").
        resource_id (str): The UUID of the resource this token is scoped to. Returned from the resource creation
            endpoint (e.g., `POST /ais`).
        customer_id (str): The UUID of the customer that owns the resource. Returned from the `POST /auth/signup`
            response.
        expire (datetime.datetime | None): Token expiry timestamp in ISO 8601 format.
        resource_data (AuthBootResponseResourceData | None): Resource-type-scoped envelope for additional, publicly-
            safe data about the boot-scoped resource. Each entry is a self-documenting named key; currently only
            "public_display_config" is populated (for resource_type "webchat_widget", carrying the widget's
            WebchatManagerWidgetThemeConfig shape). The envelope key itself, and any entry inside it, is OMITTED (not
            present) when there is nothing to report -- never present as an empty object.
    """

    __slots__ = (
        "customer_id",
        "expire",
        "resource_data",
        "resource_id",
        "resource_type",
        "token",
        "type",
    )
    _fields = (
        ("token", "token"),
        ("type", "type"),
        ("resource_type", "resource_type"),
        ("resource_id", "resource_id"),
        ("customer_id", "customer_id"),
        ("expire", "expire"),
        ("resource_data", "resource_data"),
    )
    _wire_names = frozenset(
        {
            "token",
            "type",
            "resource_type",
            "resource_id",
            "customer_id",
            "expire",
            "resource_data",
        }
    )

    token: str
    type: AuthBootResponseType
    resource_type: str
    resource_id: str
    customer_id: str
    expire: datetime.datetime | None
    resource_data: AuthBootResponseResourceData | None

    def __init__(
        self,
        *,
        token: str | None = None,
        type: AuthBootResponseType | None = None,
        resource_type: str | None = None,
        resource_id: str | None = None,
        customer_id: str | None = None,
        expire: datetime.datetime | None = None,
        resource_data: AuthBootResponseResourceData | None = None,
    ) -> None:
        self._data = {}
        self.token = token  # type: ignore[assignment]
        self.type = type  # type: ignore[assignment]
        self.resource_type = resource_type  # type: ignore[assignment]
        self.resource_id = resource_id  # type: ignore[assignment]
        self.customer_id = customer_id  # type: ignore[assignment]
        self.expire = expire
        self.resource_data = resource_data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "AuthBootResponse")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("token")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("AuthBootResponse", "token", "str", v)
        self.token = v
        v = get("type")
        if v is not None:
            m = (
                AuthBootResponseType._value2member_map_.get(v)
                if type(v) is str
                else None
            )
            v = (
                open_enum(AuthBootResponseType, v, "AuthBootResponse", "type")
                if m is None
                else m
            )
        self.type = v
        v = get("resource_type")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("AuthBootResponse", "resource_type", "str", v)
        self.resource_type = v
        v = get("resource_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("AuthBootResponse", "resource_id", "str", v)
        self.resource_id = v
        v = get("customer_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("AuthBootResponse", "customer_id", "str", v)
        self.customer_id = v
        v = get("expire")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "AuthBootResponse", "expire")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.expire = v
        v = get("resource_data")
        if v is not None:
            try:
                v = AuthBootResponseResourceData.from_dict(v)
            except FieldError as error:
                raise error.within("AuthBootResponse", "resource_data") from None
        self.resource_data = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.auth_boot_response_resource_data import AuthBootResponseResourceData
from ..models.auth_boot_response_type import AuthBootResponseType
