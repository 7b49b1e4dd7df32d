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


class PeerEvent(Model):
    """A single raw peer_events row: an unfiltered, address-searchable peer/local event log entry from call-manager or
    conversation-manager, with NO identity resolution and NO CRM eligibility filtering applied. May include
    internal-resource peer types (agent, ai, conference, sip) that ContactManagerInteraction deliberately excludes;
    the caller is responsible for any presentation-layer filtering of this noise.

    Attributes:
        timestamp (datetime.datetime | None): The event's origin timestamp.
        customer_id (str): Unique identifier of the associated customer.
        publisher (PeerEventPublisher): Synthetic derived label, not the raw wire publisher value.
        event_type (str): The originating event type.
        reference_id (str): The call_id / conversation_message_id / conversation_id this row was projected from.
        direction (PeerEventDirection): Direction of the interaction from the platform perspective. Empty for the
            conversation-parent shape, which has no direction concept.
        peer (Address): Contains source or destination detail info.
        local (Address): Contains source or destination detail info.
        data (PeerEventData | None): The original webhook payload, verbatim.
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
    publisher: PeerEventPublisher
    event_type: str
    reference_id: str
    direction: PeerEventDirection
    peer: Address
    local: Address
    data: PeerEventData | None

    def __init__(
        self,
        *,
        timestamp: datetime.datetime | None = None,
        customer_id: str | None = None,
        publisher: PeerEventPublisher | None = None,
        event_type: str | None = None,
        reference_id: str | None = None,
        direction: PeerEventDirection | None = None,
        peer: Address | None = None,
        local: Address | None = None,
        data: PeerEventData | None = None,
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
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = src_dict if type(src_dict) is dict else as_object(src_dict, "PeerEvent")
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("timestamp")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "PeerEvent", "timestamp")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.timestamp = v
        v = get("customer_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PeerEvent", "customer_id", "str", v)
        self.customer_id = v
        v = get("publisher")
        if v is not None:
            m = PeerEventPublisher._value2member_map_.get(v) if type(v) is str else None
            v = (
                open_enum(PeerEventPublisher, v, "PeerEvent", "publisher")
                if m is None
                else m
            )
        self.publisher = v
        v = get("event_type")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PeerEvent", "event_type", "str", v)
        self.event_type = v
        v = get("reference_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PeerEvent", "reference_id", "str", v)
        self.reference_id = v
        v = get("direction")
        if v is not None:
            m = PeerEventDirection._value2member_map_.get(v) if type(v) is str else None
            v = (
                open_enum(PeerEventDirection, v, "PeerEvent", "direction")
                if m is None
                else m
            )
        self.direction = v
        v = get("peer")
        if v is not None:
            try:
                v = Address.from_dict(v)
            except FieldError as error:
                raise error.within("PeerEvent", "peer") from None
        self.peer = v
        v = get("local")
        if v is not None:
            try:
                v = Address.from_dict(v)
            except FieldError as error:
                raise error.within("PeerEvent", "local") from None
        self.local = v
        v = get("data")
        if v is not None:
            try:
                v = PeerEventData.from_dict(v)
            except FieldError as error:
                raise error.within("PeerEvent", "data") from None
        self.data = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.peer_event_data import PeerEventData
from ..models.peer_event_direction import PeerEventDirection
from ..models.peer_event_publisher import PeerEventPublisher
