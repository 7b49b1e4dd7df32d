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


class MessageManagerTarget(Model):
    """Attributes:
    destination (CommonAddress): Contains source or destination detail info.
    status (MessageManagerTargetStatus): The status of the message for the target.
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

    destination: CommonAddress
    status: MessageManagerTargetStatus
    parts: int
    tm_update: datetime.datetime | None

    def __init__(
        self,
        *,
        destination: CommonAddress | None = None,
        status: MessageManagerTargetStatus | None = None,
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
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "MessageManagerTarget")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("destination")
        if v is not None:
            try:
                v = CommonAddress.from_dict(v)
            except FieldError as error:
                raise error.within("MessageManagerTarget", "destination") from None
        self.destination = v
        v = get("status")
        if v is not None:
            v = open_enum(
                MessageManagerTargetStatus, v, "MessageManagerTarget", "status"
            )
        self.status = v
        v = get("parts")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("MessageManagerTarget", "parts", "int", v)
        self.parts = v
        v = get("tm_update")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "MessageManagerTarget", "tm_update")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_update = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.common_address import CommonAddress
from ..models.message_manager_target_status import MessageManagerTargetStatus
