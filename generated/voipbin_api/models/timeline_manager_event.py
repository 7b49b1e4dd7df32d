from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.timeline_manager_event_data import TimelineManagerEventData


T = TypeVar("T", bound="TimelineManagerEvent")


@_attrs_define
class TimelineManagerEvent:
    """A timeline event with WebhookMessage data

    Attributes:
        timestamp (datetime.datetime | None | Unset): When the event occurred Example: 2026-01-15T09:30:00.000000Z.
        event_type (str | Unset): Type of event (e.g., call_created, conference_started) Example: call_created.
        data (TimelineManagerEventData | Unset): Event data in WebhookMessage format Example: {}.
    """

    timestamp: datetime.datetime | None | Unset = UNSET
    event_type: str | Unset = UNSET
    data: TimelineManagerEventData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timestamp: None | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        elif isinstance(self.timestamp, datetime.datetime):
            timestamp = self.timestamp.isoformat()
        else:
            timestamp = self.timestamp

        event_type = self.event_type

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if event_type is not UNSET:
            field_dict["event_type"] = event_type
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.timeline_manager_event_data import TimelineManagerEventData

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

        event_type = d.pop("event_type", UNSET)

        _data = d.pop("data", UNSET)
        data: TimelineManagerEventData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = TimelineManagerEventData.from_dict(_data)

        timeline_manager_event = cls(
            timestamp=timestamp,
            event_type=event_type,
            data=data,
        )

        timeline_manager_event.additional_properties = d
        return timeline_manager_event

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
