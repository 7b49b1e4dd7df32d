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
    open_enum,
    timestamp,
)


class Outdialtarget(Model):
    """Attributes:
    id (str): The unique identifier for the outdial target.
    outdial_id (str): The unique identifier of the outdial. Returned from the `POST /outdials` or `GET
        /outdials` response.
    name (str): The name of the outdial target.
    detail (str): Additional details about the outdial target.
    data (str): The data associated with the outdial target.
    status (OutdialtargetStatus): The status of the outdial.
    destination_0 (Address | None): The destination address 0.
    destination_1 (Address | None): The destination address 1.
    destination_2 (Address | None): The destination address 2.
    destination_3 (Address | None): The destination address 3.
    destination_4 (Address | None): The destination address 4.
    try_count_0 (int): The try count for destination 0.
    try_count_1 (int): The try count for destination 1.
    try_count_2 (int): The try count for destination 2.
    try_count_3 (int): The try count for destination 3.
    try_count_4 (int): The try count for destination 4.
    tm_create (datetime.datetime | None): The creation timestamp.
    tm_update (datetime.datetime | None): The update timestamp.
    tm_delete (datetime.datetime | None): The deletion timestamp.
    """

    __slots__ = (
        "data",
        "destination_0",
        "destination_1",
        "destination_2",
        "destination_3",
        "destination_4",
        "detail",
        "id",
        "name",
        "outdial_id",
        "status",
        "tm_create",
        "tm_delete",
        "tm_update",
        "try_count_0",
        "try_count_1",
        "try_count_2",
        "try_count_3",
        "try_count_4",
    )
    _fields = (
        ("id", "id"),
        ("outdial_id", "outdial_id"),
        ("name", "name"),
        ("detail", "detail"),
        ("data", "data"),
        ("status", "status"),
        ("destination_0", "destination_0"),
        ("destination_1", "destination_1"),
        ("destination_2", "destination_2"),
        ("destination_3", "destination_3"),
        ("destination_4", "destination_4"),
        ("try_count_0", "try_count_0"),
        ("try_count_1", "try_count_1"),
        ("try_count_2", "try_count_2"),
        ("try_count_3", "try_count_3"),
        ("try_count_4", "try_count_4"),
        ("tm_create", "tm_create"),
        ("tm_update", "tm_update"),
        ("tm_delete", "tm_delete"),
    )
    _wire_names = frozenset(
        {
            "id",
            "outdial_id",
            "name",
            "detail",
            "data",
            "status",
            "destination_0",
            "destination_1",
            "destination_2",
            "destination_3",
            "destination_4",
            "try_count_0",
            "try_count_1",
            "try_count_2",
            "try_count_3",
            "try_count_4",
            "tm_create",
            "tm_update",
            "tm_delete",
        }
    )

    id: str
    outdial_id: str
    name: str
    detail: str
    data: str
    status: OutdialtargetStatus
    destination_0: Address | None
    destination_1: Address | None
    destination_2: Address | None
    destination_3: Address | None
    destination_4: Address | None
    try_count_0: int
    try_count_1: int
    try_count_2: int
    try_count_3: int
    try_count_4: int
    tm_create: datetime.datetime | None
    tm_update: datetime.datetime | None
    tm_delete: datetime.datetime | None

    def __init__(
        self,
        *,
        id: str | None = None,
        outdial_id: str | None = None,
        name: str | None = None,
        detail: str | None = None,
        data: str | None = None,
        status: OutdialtargetStatus | None = None,
        destination_0: Address | None = None,
        destination_1: Address | None = None,
        destination_2: Address | None = None,
        destination_3: Address | None = None,
        destination_4: Address | None = None,
        try_count_0: int | None = None,
        try_count_1: int | None = None,
        try_count_2: int | None = None,
        try_count_3: int | None = None,
        try_count_4: int | None = None,
        tm_create: datetime.datetime | None = None,
        tm_update: datetime.datetime | None = None,
        tm_delete: datetime.datetime | None = None,
    ) -> None:
        self._data = {}
        self.id = id  # type: ignore[assignment]
        self.outdial_id = outdial_id  # type: ignore[assignment]
        self.name = name  # type: ignore[assignment]
        self.detail = detail  # type: ignore[assignment]
        self.data = data  # type: ignore[assignment]
        self.status = status  # type: ignore[assignment]
        self.destination_0 = destination_0
        self.destination_1 = destination_1
        self.destination_2 = destination_2
        self.destination_3 = destination_3
        self.destination_4 = destination_4
        self.try_count_0 = try_count_0  # type: ignore[assignment]
        self.try_count_1 = try_count_1  # type: ignore[assignment]
        self.try_count_2 = try_count_2  # type: ignore[assignment]
        self.try_count_3 = try_count_3  # type: ignore[assignment]
        self.try_count_4 = try_count_4  # type: ignore[assignment]
        self.tm_create = tm_create
        self.tm_update = tm_update
        self.tm_delete = tm_delete

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = src_dict if type(src_dict) is dict else as_object(src_dict, "Outdialtarget")
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Outdialtarget", "id", "str", v)
        self.id = v
        v = get("outdial_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Outdialtarget", "outdial_id", "str", v)
        self.outdial_id = v
        v = get("name")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Outdialtarget", "name", "str", v)
        self.name = v
        v = get("detail")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Outdialtarget", "detail", "str", v)
        self.detail = v
        v = get("data")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Outdialtarget", "data", "str", v)
        self.data = v
        v = get("status")
        if v is not None:
            m = (
                OutdialtargetStatus._value2member_map_.get(v)
                if type(v) is str
                else None
            )
            v = (
                open_enum(OutdialtargetStatus, v, "Outdialtarget", "status")
                if m is None
                else m
            )
        self.status = v
        v = get("destination_0")
        if v is not None:
            try:
                v = Address.from_dict(v)
            except FieldError as error:
                raise error.within("Outdialtarget", "destination_0") from None
        self.destination_0 = v
        v = get("destination_1")
        if v is not None:
            try:
                v = Address.from_dict(v)
            except FieldError as error:
                raise error.within("Outdialtarget", "destination_1") from None
        self.destination_1 = v
        v = get("destination_2")
        if v is not None:
            try:
                v = Address.from_dict(v)
            except FieldError as error:
                raise error.within("Outdialtarget", "destination_2") from None
        self.destination_2 = v
        v = get("destination_3")
        if v is not None:
            try:
                v = Address.from_dict(v)
            except FieldError as error:
                raise error.within("Outdialtarget", "destination_3") from None
        self.destination_3 = v
        v = get("destination_4")
        if v is not None:
            try:
                v = Address.from_dict(v)
            except FieldError as error:
                raise error.within("Outdialtarget", "destination_4") from None
        self.destination_4 = v
        v = get("try_count_0")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("Outdialtarget", "try_count_0", "int", v)
        self.try_count_0 = v
        v = get("try_count_1")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("Outdialtarget", "try_count_1", "int", v)
        self.try_count_1 = v
        v = get("try_count_2")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("Outdialtarget", "try_count_2", "int", v)
        self.try_count_2 = v
        v = get("try_count_3")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("Outdialtarget", "try_count_3", "int", v)
        self.try_count_3 = v
        v = get("try_count_4")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("Outdialtarget", "try_count_4", "int", v)
        self.try_count_4 = v
        v = get("tm_create")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Outdialtarget", "tm_create")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_create = v
        v = get("tm_update")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Outdialtarget", "tm_update")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_update = v
        v = get("tm_delete")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Outdialtarget", "tm_delete")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_delete = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.outdialtarget_status import OutdialtargetStatus
