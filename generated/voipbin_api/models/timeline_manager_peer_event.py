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


class TimelineManagerPeerEvent(Model):
    """A single raw peer_events row: an unfiltered, address-searchable peer/local event log entry from call-manager or
    conversation-manager, with NO identity resolution and NO CRM eligibility filtering applied. May include
    internal-resource peer types (agent, ai, conference, sip) that ContactManagerInteraction deliberately excludes;
    the caller is responsible for any presentation-layer filtering of this noise.

    Attributes:
        timestamp (datetime.datetime | None): The event's origin timestamp.
        customer_id (str): Unique identifier of the associated customer.
        publisher (TimelineManagerPeerEventPublisher): Synthetic derived label, not the raw wire publisher value.
        event_type (str): The originating event type.
        reference_id (str): The call_id / conversation_message_id / conversation_id this row was projected from.
        direction (TimelineManagerPeerEventDirection): Direction of the interaction from the platform perspective.
            Empty for the conversation-parent shape, which has no direction concept.
        peer (CommonAddress): Contains source or destination detail info.
        local (CommonAddress): Contains source or destination detail info.
        data (TimelineManagerPeerEventData | None): The original webhook payload, verbatim.
    """

    __slots__ = (
        "customer_id",
        "data",
        "direction",
        "event_type",
        "local",
        "peer",
        "publisher",
        "reference_id",
        "timestamp",
    )
    _fields = (
        ("timestamp", "timestamp"),
        ("customer_id", "customer_id"),
        ("publisher", "publisher"),
        ("event_type", "event_type"),
        ("reference_id", "reference_id"),
        ("direction", "direction"),
        ("peer", "peer"),
        ("local", "local"),
        ("data", "data"),
    )
    _wire_names = frozenset(
        {
            "timestamp",
            "customer_id",
            "publisher",
            "event_type",
            "reference_id",
            "direction",
            "peer",
            "local",
            "data",
        }
    )

    timestamp: datetime.datetime | None
    customer_id: str
    publisher: TimelineManagerPeerEventPublisher
    event_type: str
    reference_id: str
    direction: TimelineManagerPeerEventDirection
    peer: CommonAddress
    local: CommonAddress
    data: TimelineManagerPeerEventData | None

    def __init__(
        self,
        *,
        timestamp: datetime.datetime | None = None,
        customer_id: str | None = None,
        publisher: TimelineManagerPeerEventPublisher | None = None,
        event_type: str | None = None,
        reference_id: str | None = None,
        direction: TimelineManagerPeerEventDirection | None = None,
        peer: CommonAddress | None = None,
        local: CommonAddress | None = None,
        data: TimelineManagerPeerEventData | None = None,
    ) -> None:
        self._data = {}
        self.timestamp = timestamp
        self.customer_id = customer_id  # type: ignore[assignment]
        self.publisher = publisher  # type: ignore[assignment]
        self.event_type = event_type  # type: ignore[assignment]
        self.reference_id = reference_id  # type: ignore[assignment]
        self.direction = direction  # type: ignore[assignment]
        self.peer = peer  # type: ignore[assignment]
        self.local = local  # type: ignore[assignment]
        self.data = data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "TimelineManagerPeerEvent")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("timestamp")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "TimelineManagerPeerEvent", "timestamp")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.timestamp = v
        v = get("customer_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("TimelineManagerPeerEvent", "customer_id", "str", v)
        self.customer_id = v
        v = get("publisher")
        if v is not None:
            v = open_enum(
                TimelineManagerPeerEventPublisher,
                v,
                "TimelineManagerPeerEvent",
                "publisher",
            )
        self.publisher = v
        v = get("event_type")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("TimelineManagerPeerEvent", "event_type", "str", v)
        self.event_type = v
        v = get("reference_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("TimelineManagerPeerEvent", "reference_id", "str", v)
        self.reference_id = v
        v = get("direction")
        if v is not None:
            v = open_enum(
                TimelineManagerPeerEventDirection,
                v,
                "TimelineManagerPeerEvent",
                "direction",
            )
        self.direction = v
        v = get("peer")
        if v is not None:
            try:
                v = CommonAddress.from_dict(v)
            except FieldError as error:
                raise error.within("TimelineManagerPeerEvent", "peer") from None
        self.peer = v
        v = get("local")
        if v is not None:
            try:
                v = CommonAddress.from_dict(v)
            except FieldError as error:
                raise error.within("TimelineManagerPeerEvent", "local") from None
        self.local = v
        v = get("data")
        if v is not None:
            try:
                v = TimelineManagerPeerEventData.from_dict(v)
            except FieldError as error:
                raise error.within("TimelineManagerPeerEvent", "data") from None
        self.data = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.common_address import CommonAddress
from ..models.timeline_manager_peer_event_data import TimelineManagerPeerEventData
from ..models.timeline_manager_peer_event_direction import (
    TimelineManagerPeerEventDirection,
)
from ..models.timeline_manager_peer_event_publisher import (
    TimelineManagerPeerEventPublisher,
)
