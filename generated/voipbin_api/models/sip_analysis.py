from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    model_list,
    new_model,
)


class SipAnalysis(Model):
    """Attributes:
    sip_messages (list[SipAnalysisSipMessagesItem]):
    rtcp_stats (SipAnalysisRtcpStats | None): RTCP quality metrics parsed from X-RTP-Stat header in BYE
        messages. Null if no RTCP stats available.
    """

    __slots__ = ("rtcp_stats", "sip_messages")
    _fields = (
        ("sip_messages", "sip_messages"),
        ("rtcp_stats", "rtcp_stats"),
    )
    _wire_names = frozenset(
        {
            "sip_messages",
            "rtcp_stats",
        }
    )

    sip_messages: list[SipAnalysisSipMessagesItem]
    rtcp_stats: SipAnalysisRtcpStats | None

    def __init__(
        self,
        *,
        sip_messages: list[SipAnalysisSipMessagesItem] | None = None,
        rtcp_stats: SipAnalysisRtcpStats | None = None,
    ) -> None:
        self._data = {}
        self.sip_messages = sip_messages  # type: ignore[assignment]
        self.rtcp_stats = rtcp_stats

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = src_dict if type(src_dict) is dict else as_object(src_dict, "SipAnalysis")
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("sip_messages")
        if v is not None:
            v = model_list(SipAnalysisSipMessagesItem, v, "SipAnalysis", "sip_messages")
        self.sip_messages = v
        v = get("rtcp_stats")
        if v is not None:
            try:
                v = SipAnalysisRtcpStats.from_dict(v)
            except FieldError as error:
                raise error.within("SipAnalysis", "rtcp_stats") from None
        self.rtcp_stats = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.sip_analysis_rtcp_stats import SipAnalysisRtcpStats
from ..models.sip_analysis_sip_messages_item import SipAnalysisSipMessagesItem
