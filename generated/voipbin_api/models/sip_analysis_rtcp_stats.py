from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
)


class SipAnalysisRtcpStats(Model):
    """Attributes:
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

    __slots__ = (
        "jitter",
        "mos",
        "packet_loss_pct",
        "rtcp_bytes",
        "rtcp_errors",
        "rtcp_packets",
        "rtp_bytes",
        "rtp_errors",
        "rtp_packets",
        "rtt",
    )
    _fields = (
        ("mos", "mos"),
        ("jitter", "jitter"),
        ("packet_loss_pct", "packet_loss_pct"),
        ("rtt", "rtt"),
        ("rtp_bytes", "rtp_bytes"),
        ("rtp_packets", "rtp_packets"),
        ("rtp_errors", "rtp_errors"),
        ("rtcp_bytes", "rtcp_bytes"),
        ("rtcp_packets", "rtcp_packets"),
        ("rtcp_errors", "rtcp_errors"),
    )
    _wire_names = frozenset(
        {
            "mos",
            "jitter",
            "packet_loss_pct",
            "rtt",
            "rtp_bytes",
            "rtp_packets",
            "rtp_errors",
            "rtcp_bytes",
            "rtcp_packets",
            "rtcp_errors",
        }
    )

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

    def __init__(
        self,
        *,
        mos: float | None = None,
        jitter: int | None = None,
        packet_loss_pct: float | None = None,
        rtt: int | None = None,
        rtp_bytes: int | None = None,
        rtp_packets: int | None = None,
        rtp_errors: int | None = None,
        rtcp_bytes: int | None = None,
        rtcp_packets: int | None = None,
        rtcp_errors: int | None = None,
    ) -> None:
        self._data = {}
        self.mos = mos  # type: ignore[assignment]
        self.jitter = jitter  # type: ignore[assignment]
        self.packet_loss_pct = packet_loss_pct  # type: ignore[assignment]
        self.rtt = rtt  # type: ignore[assignment]
        self.rtp_bytes = rtp_bytes  # type: ignore[assignment]
        self.rtp_packets = rtp_packets  # type: ignore[assignment]
        self.rtp_errors = rtp_errors  # type: ignore[assignment]
        self.rtcp_bytes = rtcp_bytes  # type: ignore[assignment]
        self.rtcp_packets = rtcp_packets  # type: ignore[assignment]
        self.rtcp_errors = rtcp_errors  # type: ignore[assignment]

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "SipAnalysisRtcpStats")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("mos")
        if (
            type(v) is not float
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int | float))
        ):
            raise FieldError("SipAnalysisRtcpStats", "mos", "number", v)
        self.mos = v
        v = get("jitter")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("SipAnalysisRtcpStats", "jitter", "int", v)
        self.jitter = v
        v = get("packet_loss_pct")
        if (
            type(v) is not float
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int | float))
        ):
            raise FieldError("SipAnalysisRtcpStats", "packet_loss_pct", "number", v)
        self.packet_loss_pct = v
        v = get("rtt")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("SipAnalysisRtcpStats", "rtt", "int", v)
        self.rtt = v
        v = get("rtp_bytes")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("SipAnalysisRtcpStats", "rtp_bytes", "int", v)
        self.rtp_bytes = v
        v = get("rtp_packets")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("SipAnalysisRtcpStats", "rtp_packets", "int", v)
        self.rtp_packets = v
        v = get("rtp_errors")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("SipAnalysisRtcpStats", "rtp_errors", "int", v)
        self.rtp_errors = v
        v = get("rtcp_bytes")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("SipAnalysisRtcpStats", "rtcp_bytes", "int", v)
        self.rtcp_bytes = v
        v = get("rtcp_packets")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("SipAnalysisRtcpStats", "rtcp_packets", "int", v)
        self.rtcp_packets = v
        v = get("rtcp_errors")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("SipAnalysisRtcpStats", "rtcp_errors", "int", v)
        self.rtcp_errors = v
        return self
