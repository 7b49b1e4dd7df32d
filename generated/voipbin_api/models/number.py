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


class Number(Model):
    """Attributes:
    id (str): The unique identifier for the number.
    customer_id (str): The customer ID associated with the number. Returned from the `GET /customers` response.
    number (str): The phone number in E.164 format (normal) or +899 format (virtual).
    type (NumberType): The type of the number.
    call_flow_id (str): The unique identifier of the flow to execute for incoming calls. Returned from the `POST
        /flows` or `GET /flows` response.
    message_flow_id (str): The unique identifier of the flow to execute for incoming messages. Returned from the
        `POST /flows` or `GET /flows` response.
    name (str): The name of the number.
    detail (str): Additional details about the number.
    status (NumberStatus): The status of the number.
    t38_enabled (bool): Whether T38 is enabled for the number.
    emergency_enabled (bool): Whether emergency services are enabled for the number.
    metadata (NumberMetadata): Configuration flags for a number. Controls platform behavior
        such as RTP packet capture for debugging audio issues on this specific number.
        Updatable by CustomerAdmin or CustomerManager via `PUT /numbers/{id}/metadata`.
    tm_purchase (datetime.datetime | None): The timestamp of when the number was purchased.
    tm_renew (datetime.datetime | None): The timestamp of when the number was renewed.
    tm_create (datetime.datetime | None): The timestamp of when the number was created.
    tm_update (datetime.datetime | None): The timestamp of when the number was last updated.
    tm_delete (datetime.datetime | None): The timestamp of when the number was deleted.
    """

    __slots__ = (
        "call_flow_id",
        "customer_id",
        "detail",
        "emergency_enabled",
        "id",
        "message_flow_id",
        "metadata",
        "name",
        "number",
        "status",
        "t38_enabled",
        "tm_create",
        "tm_delete",
        "tm_purchase",
        "tm_renew",
        "tm_update",
        "type",
    )
    _fields = (
        ("id", "id"),
        ("customer_id", "customer_id"),
        ("number", "number"),
        ("type", "type"),
        ("call_flow_id", "call_flow_id"),
        ("message_flow_id", "message_flow_id"),
        ("name", "name"),
        ("detail", "detail"),
        ("status", "status"),
        ("t38_enabled", "t38_enabled"),
        ("emergency_enabled", "emergency_enabled"),
        ("metadata", "metadata"),
        ("tm_purchase", "tm_purchase"),
        ("tm_renew", "tm_renew"),
        ("tm_create", "tm_create"),
        ("tm_update", "tm_update"),
        ("tm_delete", "tm_delete"),
    )
    _wire_names = frozenset(
        {
            "id",
            "customer_id",
            "number",
            "type",
            "call_flow_id",
            "message_flow_id",
            "name",
            "detail",
            "status",
            "t38_enabled",
            "emergency_enabled",
            "metadata",
            "tm_purchase",
            "tm_renew",
            "tm_create",
            "tm_update",
            "tm_delete",
        }
    )

    id: str
    customer_id: str
    number: str
    type: NumberType
    call_flow_id: str
    message_flow_id: str
    name: str
    detail: str
    status: NumberStatus
    t38_enabled: bool
    emergency_enabled: bool
    metadata: NumberMetadata
    tm_purchase: datetime.datetime | None
    tm_renew: datetime.datetime | None
    tm_create: datetime.datetime | None
    tm_update: datetime.datetime | None
    tm_delete: datetime.datetime | None

    def __init__(
        self,
        *,
        id: str | None = None,
        customer_id: str | None = None,
        number: str | None = None,
        type: NumberType | None = None,
        call_flow_id: str | None = None,
        message_flow_id: str | None = None,
        name: str | None = None,
        detail: str | None = None,
        status: NumberStatus | None = None,
        t38_enabled: bool | None = None,
        emergency_enabled: bool | None = None,
        metadata: NumberMetadata | None = None,
        tm_purchase: datetime.datetime | None = None,
        tm_renew: datetime.datetime | None = None,
        tm_create: datetime.datetime | None = None,
        tm_update: datetime.datetime | None = None,
        tm_delete: datetime.datetime | None = None,
    ) -> None:
        self._data = {}
        self.id = id  # type: ignore[assignment]
        self.customer_id = customer_id  # type: ignore[assignment]
        self.number = number  # type: ignore[assignment]
        self.type = type  # type: ignore[assignment]
        self.call_flow_id = call_flow_id  # type: ignore[assignment]
        self.message_flow_id = message_flow_id  # type: ignore[assignment]
        self.name = name  # type: ignore[assignment]
        self.detail = detail  # type: ignore[assignment]
        self.status = status  # type: ignore[assignment]
        self.t38_enabled = t38_enabled  # type: ignore[assignment]
        self.emergency_enabled = emergency_enabled  # type: ignore[assignment]
        self.metadata = metadata  # type: ignore[assignment]
        self.tm_purchase = tm_purchase
        self.tm_renew = tm_renew
        self.tm_create = tm_create
        self.tm_update = tm_update
        self.tm_delete = tm_delete

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = src_dict if type(src_dict) is dict else as_object(src_dict, "Number")
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Number", "id", "str", v)
        self.id = v
        v = get("customer_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Number", "customer_id", "str", v)
        self.customer_id = v
        v = get("number")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Number", "number", "str", v)
        self.number = v
        v = get("type")
        if v is not None:
            m = NumberType._value2member_map_.get(v) if type(v) is str else None
            v = open_enum(NumberType, v, "Number", "type") if m is None else m
        self.type = v
        v = get("call_flow_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Number", "call_flow_id", "str", v)
        self.call_flow_id = v
        v = get("message_flow_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Number", "message_flow_id", "str", v)
        self.message_flow_id = v
        v = get("name")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Number", "name", "str", v)
        self.name = v
        v = get("detail")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Number", "detail", "str", v)
        self.detail = v
        v = get("status")
        if v is not None:
            m = NumberStatus._value2member_map_.get(v) if type(v) is str else None
            v = open_enum(NumberStatus, v, "Number", "status") if m is None else m
        self.status = v
        v = get("t38_enabled")
        if type(v) is not bool and v is not None:
            raise FieldError("Number", "t38_enabled", "bool", v)
        self.t38_enabled = v
        v = get("emergency_enabled")
        if type(v) is not bool and v is not None:
            raise FieldError("Number", "emergency_enabled", "bool", v)
        self.emergency_enabled = v
        v = get("metadata")
        if v is not None:
            try:
                v = NumberMetadata.from_dict(v)
            except FieldError as error:
                raise error.within("Number", "metadata") from None
        self.metadata = v
        v = get("tm_purchase")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Number", "tm_purchase")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_purchase = v
        v = get("tm_renew")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Number", "tm_renew")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_renew = v
        v = get("tm_create")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Number", "tm_create")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_create = v
        v = get("tm_update")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Number", "tm_update")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_update = v
        v = get("tm_delete")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Number", "tm_delete")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_delete = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.number_metadata import NumberMetadata
from ..models.number_status import NumberStatus
from ..models.number_type import NumberType
