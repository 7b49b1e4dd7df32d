from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
)


class CustomerMetadata(Model):
    """Configuration flags for a customer account. Controls platform behavior
    such as RTP packet capture for debugging audio issues.
    Updatable by CustomerAdmin via `PUT /customer/metadata`
    or by ProjectSuperAdmin via `PUT /customers/{id}/metadata`.

    Attributes:
        rtp_debug (bool): When set to `true`, RTPEngine captures RTP traffic as PCAP files for this customer's
            calls.
            Use this to debug audio quality issues (one-way audio, codec problems, jitter).
            Default is `false`. Enabling this increases storage usage — disable after debugging.
    """

    __slots__ = ("rtp_debug",)
    _fields = (("rtp_debug", "rtp_debug"),)
    _wire_names = frozenset(
        {
            "rtp_debug",
        }
    )

    rtp_debug: bool

    def __init__(
        self,
        *,
        rtp_debug: bool | None = None,
    ) -> None:
        self._data = {}
        self.rtp_debug = rtp_debug  # type: ignore[assignment]

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "CustomerMetadata")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("rtp_debug")
        if type(v) is not bool and v is not None:
            raise FieldError("CustomerMetadata", "rtp_debug", "bool", v)
        self.rtp_debug = v
        return self
