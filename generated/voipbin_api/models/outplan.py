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
    new_model,
    timestamp,
)


class Outplan(Model):
    """Attributes:
    id (str): The unique identifier of the outplan.
    customer_id (str): The unique identifier of the customer. Returned from the `GET /customers` response.
    name (str): Name of the outplan.
    detail (str): Detailed information about the outplan.
    source (Address | None): Source address for outbound calls.
    dial_timeout (int): Dial timeout in milliseconds.
    try_interval (int): Interval between dialing attempts in milliseconds.
    max_try_count_0 (int): Maximum number of tries for level 0.
    max_try_count_1 (int): Maximum number of tries for level 1.
    max_try_count_2 (int): Maximum number of tries for level 2.
    max_try_count_3 (int): Maximum number of tries for level 3.
    max_try_count_4 (int): Maximum number of tries for level 4.
    tm_create (datetime.datetime | None): Timestamp when the outplan was created.
    tm_update (datetime.datetime | None): Timestamp when the outplan was last updated.
    tm_delete (datetime.datetime | None): Timestamp when the outplan was deleted.
    """

    __slots__ = (
        "customer_id",
        "detail",
        "dial_timeout",
        "id",
        "max_try_count_0",
        "max_try_count_1",
        "max_try_count_2",
        "max_try_count_3",
        "max_try_count_4",
        "name",
        "source",
        "tm_create",
        "tm_delete",
        "tm_update",
        "try_interval",
    )
    _fields = (
        ("id", "id"),
        ("customer_id", "customer_id"),
        ("name", "name"),
        ("detail", "detail"),
        ("source", "source"),
        ("dial_timeout", "dial_timeout"),
        ("try_interval", "try_interval"),
        ("max_try_count_0", "max_try_count_0"),
        ("max_try_count_1", "max_try_count_1"),
        ("max_try_count_2", "max_try_count_2"),
        ("max_try_count_3", "max_try_count_3"),
        ("max_try_count_4", "max_try_count_4"),
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
            "source",
            "dial_timeout",
            "try_interval",
            "max_try_count_0",
            "max_try_count_1",
            "max_try_count_2",
            "max_try_count_3",
            "max_try_count_4",
            "tm_create",
            "tm_update",
            "tm_delete",
        }
    )

    id: str
    customer_id: str
    name: str
    detail: str
    source: Address | None
    dial_timeout: int
    try_interval: int
    max_try_count_0: int
    max_try_count_1: int
    max_try_count_2: int
    max_try_count_3: int
    max_try_count_4: int
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
        source: Address | None = None,
        dial_timeout: int | None = None,
        try_interval: int | None = None,
        max_try_count_0: int | None = None,
        max_try_count_1: int | None = None,
        max_try_count_2: int | None = None,
        max_try_count_3: int | None = None,
        max_try_count_4: int | None = None,
        tm_create: datetime.datetime | None = None,
        tm_update: datetime.datetime | None = None,
        tm_delete: datetime.datetime | None = None,
    ) -> None:
        self._data = {}
        self.id = id  # type: ignore[assignment]
        self.customer_id = customer_id  # type: ignore[assignment]
        self.name = name  # type: ignore[assignment]
        self.detail = detail  # type: ignore[assignment]
        self.source = source
        self.dial_timeout = dial_timeout  # type: ignore[assignment]
        self.try_interval = try_interval  # type: ignore[assignment]
        self.max_try_count_0 = max_try_count_0  # type: ignore[assignment]
        self.max_try_count_1 = max_try_count_1  # type: ignore[assignment]
        self.max_try_count_2 = max_try_count_2  # type: ignore[assignment]
        self.max_try_count_3 = max_try_count_3  # type: ignore[assignment]
        self.max_try_count_4 = max_try_count_4  # type: ignore[assignment]
        self.tm_create = tm_create
        self.tm_update = tm_update
        self.tm_delete = tm_delete

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = src_dict if type(src_dict) is dict else as_object(src_dict, "Outplan")
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Outplan", "id", "str", v)
        self.id = v
        v = get("customer_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Outplan", "customer_id", "str", v)
        self.customer_id = v
        v = get("name")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Outplan", "name", "str", v)
        self.name = v
        v = get("detail")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Outplan", "detail", "str", v)
        self.detail = v
        v = get("source")
        if v is not None:
            try:
                v = Address.from_dict(v)
            except FieldError as error:
                raise error.within("Outplan", "source") from None
        self.source = v
        v = get("dial_timeout")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("Outplan", "dial_timeout", "int", v)
        self.dial_timeout = v
        v = get("try_interval")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("Outplan", "try_interval", "int", v)
        self.try_interval = v
        v = get("max_try_count_0")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("Outplan", "max_try_count_0", "int", v)
        self.max_try_count_0 = v
        v = get("max_try_count_1")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("Outplan", "max_try_count_1", "int", v)
        self.max_try_count_1 = v
        v = get("max_try_count_2")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("Outplan", "max_try_count_2", "int", v)
        self.max_try_count_2 = v
        v = get("max_try_count_3")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("Outplan", "max_try_count_3", "int", v)
        self.max_try_count_3 = v
        v = get("max_try_count_4")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("Outplan", "max_try_count_4", "int", v)
        self.max_try_count_4 = v
        v = get("tm_create")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Outplan", "tm_create")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_create = v
        v = get("tm_update")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Outplan", "tm_update")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_update = v
        v = get("tm_delete")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Outplan", "tm_delete")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_delete = v
        return self
