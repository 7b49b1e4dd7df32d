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


class TimelineEvent(Model):
    """A timeline event with WebhookMessage data

    Attributes:
        timestamp (datetime.datetime | None): When the event occurred
        event_type (str): Type of event (e.g., call_created, conference_started)
        data (EventData | None): Event data in WebhookMessage format
    """

    __slots__ = ("data", "event_type", "timestamp")
    _fields = (
        ("timestamp", "timestamp"),
        ("event_type", "event_type"),
        ("data", "data"),
    )
    _wire_names = frozenset(
        {
            "timestamp",
            "event_type",
            "data",
        }
    )

    timestamp: datetime.datetime | None
    event_type: str
    data: EventData | None

    def __init__(
        self,
        *,
        timestamp: datetime.datetime | None = None,
        event_type: str | None = None,
        data: EventData | None = None,
    ) -> None:
        self._data = {}
        self.timestamp = timestamp
        self.event_type = event_type  # type: ignore[assignment]
        self.data = data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = src_dict if type(src_dict) is dict else as_object(src_dict, "TimelineEvent")
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("timestamp")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "TimelineEvent", "timestamp")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.timestamp = v
        v = get("event_type")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("TimelineEvent", "event_type", "str", v)
        self.event_type = v
        v = get("data")
        if v is not None:
            try:
                v = EventData.from_dict(v)
            except FieldError as error:
                raise error.within("TimelineEvent", "data") from None
        self.data = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.event_data import EventData
