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


class Target(Model):
    """Attributes:
    destination (Address): Contains source or destination detail info.
    status (TargetStatus): The status of the message for the target.
    parts (int): The number of message parts (if the message is split).
    tm_update (datetime.datetime | None): Timestamp when the target message was last updated.
    """

    __slots__ = ("destination", "parts", "status", "tm_update")
    _fields = (
        ("destination", "destination"),
        ("status", "status"),
        ("parts", "parts"),
        ("tm_update", "tm_update"),
    )
    _wire_names = frozenset(
        {
            "destination",
            "status",
            "parts",
            "tm_update",
        }
    )

    destination: Address
    status: TargetStatus
    parts: int
    tm_update: datetime.datetime | None

    def __init__(
        self,
        *,
        destination: Address | None = None,
        status: TargetStatus | None = None,
        parts: int | None = None,
        tm_update: datetime.datetime | None = None,
    ) -> None:
        self._data = {}
        self.destination = destination  # type: ignore[assignment]
        self.status = status  # type: ignore[assignment]
        self.parts = parts  # type: ignore[assignment]
        self.tm_update = tm_update

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = src_dict if type(src_dict) is dict else as_object(src_dict, "Target")
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("destination")
        if v is not None:
            try:
                v = Address.from_dict(v)
            except FieldError as error:
                raise error.within("Target", "destination") from None
        self.destination = v
        v = get("status")
        if v is not None:
            m = TargetStatus._value2member_map_.get(v) if type(v) is str else None
            v = open_enum(TargetStatus, v, "Target", "status") if m is None else m
        self.status = v
        v = get("parts")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("Target", "parts", "int", v)
        self.parts = v
        v = get("tm_update")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Target", "tm_update")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_update = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.target_status import TargetStatus
