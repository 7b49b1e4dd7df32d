from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="GetTimelinesCallsCallIdSipAnalysisResponse200SipMessagesItem")


@_attrs_define
class GetTimelinesCallsCallIdSipAnalysisResponse200SipMessagesItem:
    """
    Attributes:
        timestamp (datetime.datetime | None | Unset):
        method (str | Unset):
        src_ip (str | Unset):
        src_port (int | Unset):
        dst_ip (str | Unset):
        dst_port (int | Unset):
        raw (str | Unset):
    """

    timestamp: datetime.datetime | None | Unset = UNSET
    method: str | Unset = UNSET
    src_ip: str | Unset = UNSET
    src_port: int | Unset = UNSET
    dst_ip: str | Unset = UNSET
    dst_port: int | Unset = UNSET
    raw: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timestamp: None | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        elif isinstance(self.timestamp, datetime.datetime):
            timestamp = self.timestamp.isoformat()
        else:
            timestamp = self.timestamp

        method = self.method

        src_ip = self.src_ip

        src_port = self.src_port

        dst_ip = self.dst_ip

        dst_port = self.dst_port

        raw = self.raw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if method is not UNSET:
            field_dict["method"] = method
        if src_ip is not UNSET:
            field_dict["src_ip"] = src_ip
        if src_port is not UNSET:
            field_dict["src_port"] = src_port
        if dst_ip is not UNSET:
            field_dict["dst_ip"] = dst_ip
        if dst_port is not UNSET:
            field_dict["dst_port"] = dst_port
        if raw is not UNSET:
            field_dict["raw"] = raw

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
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

        method = d.pop("method", UNSET)

        src_ip = d.pop("src_ip", UNSET)

        src_port = d.pop("src_port", UNSET)

        dst_ip = d.pop("dst_ip", UNSET)

        dst_port = d.pop("dst_port", UNSET)

        raw = d.pop("raw", UNSET)

        get_timelines_calls_call_id_sip_analysis_response_200_sip_messages_item = cls(
            timestamp=timestamp,
            method=method,
            src_ip=src_ip,
            src_port=src_port,
            dst_ip=dst_ip,
            dst_port=dst_port,
            raw=raw,
        )

        get_timelines_calls_call_id_sip_analysis_response_200_sip_messages_item.additional_properties = d
        return get_timelines_calls_call_id_sip_analysis_response_200_sip_messages_item

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
