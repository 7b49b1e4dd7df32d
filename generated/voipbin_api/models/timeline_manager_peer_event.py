from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.timeline_manager_peer_event_direction import (
    TimelineManagerPeerEventDirection,
)
from ..models.timeline_manager_peer_event_publisher import (
    TimelineManagerPeerEventPublisher,
)
from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.common_address import CommonAddress
    from ..models.timeline_manager_peer_event_data import TimelineManagerPeerEventData


T = TypeVar("T", bound="TimelineManagerPeerEvent")


@_attrs_define
class TimelineManagerPeerEvent:
    """A single raw peer_events row: an unfiltered, address-searchable peer/local event log entry from call-manager or
    conversation-manager, with NO identity resolution and NO CRM eligibility filtering applied. May include internal-
    resource peer types (agent, ai, conference, sip) that ContactManagerInteraction deliberately excludes; the caller is
    responsible for any presentation-layer filtering of this noise.

        Attributes:
            timestamp (datetime.datetime | None | Unset): The event's origin timestamp. Example:
                2026-01-15T10:30:00.123000Z.
            customer_id (UUID | Unset): Unique identifier of the associated customer. Example:
                7c4d2f3a-1b8e-4f5c-9a6d-3e2f1a0b4c5d.
            publisher (TimelineManagerPeerEventPublisher | Unset): Synthetic derived label, not the raw wire publisher
                value. Example: call.
            event_type (str | Unset): The originating event type. Example: call_hangup.
            reference_id (UUID | Unset): The call_id / conversation_message_id / conversation_id this row was projected
                from. Example: a1b2c3d4-e5f6-7890-abcd-ef1234567890.
            direction (TimelineManagerPeerEventDirection | Unset): Direction of the interaction from the platform
                perspective. Empty for the conversation-parent shape, which has no direction concept. Example: incoming.
            peer (CommonAddress | Unset): Contains source or destination detail info.
            local (CommonAddress | Unset): Contains source or destination detail info.
            data (TimelineManagerPeerEventData | Unset): The original webhook payload, verbatim. Example: {'id':
                'a1b2c3d4-e5f6-7890-abcd-ef1234567890'}.
    """

    timestamp: datetime.datetime | None | Unset = UNSET
    customer_id: UUID | Unset = UNSET
    publisher: TimelineManagerPeerEventPublisher | Unset = UNSET
    event_type: str | Unset = UNSET
    reference_id: UUID | Unset = UNSET
    direction: TimelineManagerPeerEventDirection | Unset = UNSET
    peer: CommonAddress | Unset = UNSET
    local: CommonAddress | Unset = UNSET
    data: TimelineManagerPeerEventData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timestamp: None | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        elif isinstance(self.timestamp, datetime.datetime):
            timestamp = self.timestamp.isoformat()
        else:
            timestamp = self.timestamp

        customer_id: str | Unset = UNSET
        if not isinstance(self.customer_id, Unset):
            customer_id = str(self.customer_id)

        publisher: str | Unset = UNSET
        if not isinstance(self.publisher, Unset):
            publisher = self.publisher.value

        event_type = self.event_type

        reference_id: str | Unset = UNSET
        if not isinstance(self.reference_id, Unset):
            reference_id = str(self.reference_id)

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction.value

        peer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.peer, Unset):
            peer = self.peer.to_dict()

        local: dict[str, Any] | Unset = UNSET
        if not isinstance(self.local, Unset):
            local = self.local.to_dict()

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if publisher is not UNSET:
            field_dict["publisher"] = publisher
        if event_type is not UNSET:
            field_dict["event_type"] = event_type
        if reference_id is not UNSET:
            field_dict["reference_id"] = reference_id
        if direction is not UNSET:
            field_dict["direction"] = direction
        if peer is not UNSET:
            field_dict["peer"] = peer
        if local is not UNSET:
            field_dict["local"] = local
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.common_address import CommonAddress
        from ..models.timeline_manager_peer_event_data import (
            TimelineManagerPeerEventData,
        )

        d = dict(src_dict)

        def _parse_timestamp(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"timestamp: unexpected {type(data).__name__}")
            timestamp_type_0 = parse_datetime(data)

            return timestamp_type_0

        timestamp = _parse_timestamp(d.pop("timestamp", UNSET))

        _customer_id = d.pop("customer_id", UNSET)
        customer_id: UUID | Unset
        if isinstance(_customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = UUID(_customer_id)

        _publisher = d.pop("publisher", UNSET)
        publisher: TimelineManagerPeerEventPublisher | Unset
        if isinstance(_publisher, Unset):
            publisher = UNSET
        else:
            publisher = TimelineManagerPeerEventPublisher(_publisher)

        event_type = d.pop("event_type", UNSET)

        _reference_id = d.pop("reference_id", UNSET)
        reference_id: UUID | Unset
        if isinstance(_reference_id, Unset):
            reference_id = UNSET
        else:
            reference_id = UUID(_reference_id)

        _direction = d.pop("direction", UNSET)
        direction: TimelineManagerPeerEventDirection | Unset
        if isinstance(_direction, Unset):
            direction = UNSET
        else:
            direction = TimelineManagerPeerEventDirection(_direction)

        _peer = d.pop("peer", UNSET)
        peer: CommonAddress | Unset
        if isinstance(_peer, Unset):
            peer = UNSET
        else:
            peer = CommonAddress.from_dict(_peer)

        _local = d.pop("local", UNSET)
        local: CommonAddress | Unset
        if isinstance(_local, Unset):
            local = UNSET
        else:
            local = CommonAddress.from_dict(_local)

        _data = d.pop("data", UNSET)
        data: TimelineManagerPeerEventData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = TimelineManagerPeerEventData.from_dict(_data)

        timeline_manager_peer_event = cls(
            timestamp=timestamp,
            customer_id=customer_id,
            publisher=publisher,
            event_type=event_type,
            reference_id=reference_id,
            direction=direction,
            peer=peer,
            local=local,
            data=data,
        )

        timeline_manager_peer_event.additional_properties = d
        return timeline_manager_peer_event

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
