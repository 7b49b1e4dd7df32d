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


class SipAnalysisSipMessagesItem(Model):
    """Attributes:
    timestamp (datetime.datetime | None):
    method (str | None):
    src_ip (str | None):
    src_port (int | None):
    dst_ip (str | None):
    dst_port (int | None):
    raw (str | None):
    """

    __slots__ = (
        "dst_ip",
        "dst_port",
        "method",
        "raw",
        "src_ip",
        "src_port",
        "timestamp",
    )
    _fields = (
        ("timestamp", "timestamp"),
        ("method", "method"),
        ("src_ip", "src_ip"),
        ("src_port", "src_port"),
        ("dst_ip", "dst_ip"),
        ("dst_port", "dst_port"),
        ("raw", "raw"),
    )
    _wire_names = frozenset(
        {
            "timestamp",
            "method",
            "src_ip",
            "src_port",
            "dst_ip",
            "dst_port",
            "raw",
        }
    )

    timestamp: datetime.datetime | None
    method: str | None
    src_ip: str | None
    src_port: int | None
    dst_ip: str | None
    dst_port: int | None
    raw: str | None

    def __init__(
        self,
        *,
        timestamp: datetime.datetime | None = None,
        method: str | None = None,
        src_ip: str | None = None,
        src_port: int | None = None,
        dst_ip: str | None = None,
        dst_port: int | None = None,
        raw: str | None = None,
    ) -> None:
        self._data = {}
        self.timestamp = timestamp
        self.method = method
        self.src_ip = src_ip
        self.src_port = src_port
        self.dst_ip = dst_ip
        self.dst_port = dst_port
        self.raw = raw

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "SipAnalysisSipMessagesItem")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("timestamp")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "SipAnalysisSipMessagesItem", "timestamp")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.timestamp = v
        v = get("method")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("SipAnalysisSipMessagesItem", "method", "str", v)
        self.method = v
        v = get("src_ip")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("SipAnalysisSipMessagesItem", "src_ip", "str", v)
        self.src_ip = v
        v = get("src_port")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("SipAnalysisSipMessagesItem", "src_port", "int", v)
        self.src_port = v
        v = get("dst_ip")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("SipAnalysisSipMessagesItem", "dst_ip", "str", v)
        self.dst_ip = v
        v = get("dst_port")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("SipAnalysisSipMessagesItem", "dst_port", "int", v)
        self.dst_port = v
        v = get("raw")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("SipAnalysisSipMessagesItem", "raw", "str", v)
        self.raw = v
        return self
