from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GetTimelinesCallsCallIdSipAnalysisResponse200RtcpStatsType0")


@_attrs_define
class GetTimelinesCallsCallIdSipAnalysisResponse200RtcpStatsType0:
    """RTCP quality metrics parsed from X-RTP-Stat header in BYE messages. Null if no RTCP stats available.

    Attributes:
        mos (float): Mean Opinion Score (1.0-5.0)
        jitter (int): Jitter in milliseconds
        packet_loss_pct (float): Packet loss percentage
        rtt (int): Round-trip time in microseconds as reported by RTPEngine (divide by 1000 for milliseconds)
        rtp_bytes (int): Total RTP bytes transferred
        rtp_packets (int): Total RTP packets transferred
        rtp_errors (int): Total RTP errors
        rtcp_bytes (int): Total RTCP bytes transferred
        rtcp_packets (int): Total RTCP packets transferred
        rtcp_errors (int): Total RTCP errors
    """

    mos: float
    jitter: int
    packet_loss_pct: float
    rtt: int
    rtp_bytes: int
    rtp_packets: int
    rtp_errors: int
    rtcp_bytes: int
    rtcp_packets: int
    rtcp_errors: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mos = self.mos

        jitter = self.jitter

        packet_loss_pct = self.packet_loss_pct

        rtt = self.rtt

        rtp_bytes = self.rtp_bytes

        rtp_packets = self.rtp_packets

        rtp_errors = self.rtp_errors

        rtcp_bytes = self.rtcp_bytes

        rtcp_packets = self.rtcp_packets

        rtcp_errors = self.rtcp_errors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mos": mos,
                "jitter": jitter,
                "packet_loss_pct": packet_loss_pct,
                "rtt": rtt,
                "rtp_bytes": rtp_bytes,
                "rtp_packets": rtp_packets,
                "rtp_errors": rtp_errors,
                "rtcp_bytes": rtcp_bytes,
                "rtcp_packets": rtcp_packets,
                "rtcp_errors": rtcp_errors,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        mos = d.pop("mos")

        jitter = d.pop("jitter")

        packet_loss_pct = d.pop("packet_loss_pct")

        rtt = d.pop("rtt")

        rtp_bytes = d.pop("rtp_bytes")

        rtp_packets = d.pop("rtp_packets")

        rtp_errors = d.pop("rtp_errors")

        rtcp_bytes = d.pop("rtcp_bytes")

        rtcp_packets = d.pop("rtcp_packets")

        rtcp_errors = d.pop("rtcp_errors")

        get_timelines_calls_call_id_sip_analysis_response_200_rtcp_stats_type_0 = cls(
            mos=mos,
            jitter=jitter,
            packet_loss_pct=packet_loss_pct,
            rtt=rtt,
            rtp_bytes=rtp_bytes,
            rtp_packets=rtp_packets,
            rtp_errors=rtp_errors,
            rtcp_bytes=rtcp_bytes,
            rtcp_packets=rtcp_packets,
            rtcp_errors=rtcp_errors,
        )

        get_timelines_calls_call_id_sip_analysis_response_200_rtcp_stats_type_0.additional_properties = d
        return get_timelines_calls_call_id_sip_analysis_response_200_rtcp_stats_type_0

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
