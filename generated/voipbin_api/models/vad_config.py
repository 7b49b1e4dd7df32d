from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
)


class VADConfig(Model):
    """Voice Activity Detection configuration. Omitted fields use Pipecat defaults (confidence=0.7, start_secs=0.2,
    stop_secs=0.2, min_volume=0.6).

    Attributes:
        confidence (float | None): Minimum confidence threshold to detect voice. Range 0.0–1.0. Omitted fields use
            Pipecat default.
        start_secs (float | None): Duration in seconds of continuous speech needed to confirm speaking started.
            Range 0.0–30.0. Omitted fields use Pipecat default.
        stop_secs (float | None): Duration in seconds of silence needed to confirm speaking stopped. Range 0.0–30.0.
            Omitted fields use Pipecat default.
        min_volume (float | None): Minimum audio volume for voice detection. Range 0.0–1.0. Omitted fields use
            Pipecat default.
    """

    __slots__ = ("confidence", "min_volume", "start_secs", "stop_secs")
    _fields = (
        ("confidence", "confidence"),
        ("start_secs", "start_secs"),
        ("stop_secs", "stop_secs"),
        ("min_volume", "min_volume"),
    )
    _wire_names = frozenset(
        {
            "confidence",
            "start_secs",
            "stop_secs",
            "min_volume",
        }
    )

    confidence: float | None
    start_secs: float | None
    stop_secs: float | None
    min_volume: float | None

    def __init__(
        self,
        *,
        confidence: float | None = None,
        start_secs: float | None = None,
        stop_secs: float | None = None,
        min_volume: float | None = None,
    ) -> None:
        self._data = {}
        self.confidence = confidence
        self.start_secs = start_secs
        self.stop_secs = stop_secs
        self.min_volume = min_volume

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = src_dict if type(src_dict) is dict else as_object(src_dict, "VADConfig")
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("confidence")
        if (
            type(v) is not float
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int | float))
        ):
            raise FieldError("VADConfig", "confidence", "number", v)
        self.confidence = v
        v = get("start_secs")
        if (
            type(v) is not float
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int | float))
        ):
            raise FieldError("VADConfig", "start_secs", "number", v)
        self.start_secs = v
        v = get("stop_secs")
        if (
            type(v) is not float
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int | float))
        ):
            raise FieldError("VADConfig", "stop_secs", "number", v)
        self.stop_secs = v
        v = get("min_volume")
        if (
            type(v) is not float
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int | float))
        ):
            raise FieldError("VADConfig", "min_volume", "number", v)
        self.min_volume = v
        return self
