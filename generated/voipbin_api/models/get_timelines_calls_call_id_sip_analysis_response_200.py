from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_timelines_calls_call_id_sip_analysis_response_200_rtcp_stats_type_0 import (
        GetTimelinesCallsCallIdSipAnalysisResponse200RtcpStatsType0,
    )
    from ..models.get_timelines_calls_call_id_sip_analysis_response_200_sip_messages_item import (
        GetTimelinesCallsCallIdSipAnalysisResponse200SipMessagesItem,
    )


T = TypeVar("T", bound="GetTimelinesCallsCallIdSipAnalysisResponse200")


@_attrs_define
class GetTimelinesCallsCallIdSipAnalysisResponse200:
    """
    Attributes:
        sip_messages (list[GetTimelinesCallsCallIdSipAnalysisResponse200SipMessagesItem]):
        rtcp_stats (GetTimelinesCallsCallIdSipAnalysisResponse200RtcpStatsType0 | None | Unset): RTCP quality metrics
            parsed from X-RTP-Stat header in BYE messages. Null if no RTCP stats available.
    """

    sip_messages: list[GetTimelinesCallsCallIdSipAnalysisResponse200SipMessagesItem]
    rtcp_stats: (
        GetTimelinesCallsCallIdSipAnalysisResponse200RtcpStatsType0 | None | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.get_timelines_calls_call_id_sip_analysis_response_200_rtcp_stats_type_0 import (
            GetTimelinesCallsCallIdSipAnalysisResponse200RtcpStatsType0,
        )

        sip_messages = []
        for sip_messages_item_data in self.sip_messages:
            sip_messages_item = sip_messages_item_data.to_dict()
            sip_messages.append(sip_messages_item)

        rtcp_stats: dict[str, Any] | None | Unset
        if isinstance(self.rtcp_stats, Unset):
            rtcp_stats = UNSET
        elif isinstance(
            self.rtcp_stats, GetTimelinesCallsCallIdSipAnalysisResponse200RtcpStatsType0
        ):
            rtcp_stats = self.rtcp_stats.to_dict()
        else:
            rtcp_stats = self.rtcp_stats

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sip_messages": sip_messages,
            }
        )
        if rtcp_stats is not UNSET:
            field_dict["rtcp_stats"] = rtcp_stats

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_timelines_calls_call_id_sip_analysis_response_200_rtcp_stats_type_0 import (
            GetTimelinesCallsCallIdSipAnalysisResponse200RtcpStatsType0,
        )
        from ..models.get_timelines_calls_call_id_sip_analysis_response_200_sip_messages_item import (
            GetTimelinesCallsCallIdSipAnalysisResponse200SipMessagesItem,
        )

        d = dict(src_dict)
        sip_messages = []
        _sip_messages = d.pop("sip_messages")
        for sip_messages_item_data in _sip_messages:
            sip_messages_item = (
                GetTimelinesCallsCallIdSipAnalysisResponse200SipMessagesItem.from_dict(
                    sip_messages_item_data
                )
            )

            sip_messages.append(sip_messages_item)

        def _parse_rtcp_stats(
            data: object,
        ) -> GetTimelinesCallsCallIdSipAnalysisResponse200RtcpStatsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(f"rtcp_stats: unexpected {type(data).__name__}")
            rtcp_stats_type_0 = (
                GetTimelinesCallsCallIdSipAnalysisResponse200RtcpStatsType0.from_dict(
                    data
                )
            )

            return rtcp_stats_type_0

        rtcp_stats = _parse_rtcp_stats(d.pop("rtcp_stats", UNSET))

        get_timelines_calls_call_id_sip_analysis_response_200 = cls(
            sip_messages=sip_messages,
            rtcp_stats=rtcp_stats,
        )

        get_timelines_calls_call_id_sip_analysis_response_200.additional_properties = d
        return get_timelines_calls_call_id_sip_analysis_response_200

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
