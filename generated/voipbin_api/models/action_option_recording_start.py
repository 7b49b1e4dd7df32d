from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
)


class ActionOptionRecordingStart(Model):
    """Attributes:
    format (str | None): Format to encode audio in. Supported values are wav, mp3, ogg.
    end_of_silence (int | None): Maximum duration of silence, in seconds. 0 for no limit.
    end_of_key (str | None): DTMF input to terminate recording. Supported values are none, any, *,
    duration (int | None): Maximum duration of the recording, in seconds. 0 for no limit.
    beep_start (bool | None): Play beep when recording begins.
    on_end_flow_id (str | None): The unique identifier of the flow to execute when recording ends. Returned from
        the `POST /flows` or `GET /flows` response.
    """

    __slots__ = (
        "beep_start",
        "duration",
        "end_of_key",
        "end_of_silence",
        "format",
        "on_end_flow_id",
    )
    _fields = (
        ("format", "format"),
        ("end_of_silence", "end_of_silence"),
        ("end_of_key", "end_of_key"),
        ("duration", "duration"),
        ("beep_start", "beep_start"),
        ("on_end_flow_id", "on_end_flow_id"),
    )
    _wire_names = frozenset(
        {
            "format",
            "end_of_silence",
            "end_of_key",
            "duration",
            "beep_start",
            "on_end_flow_id",
        }
    )

    format: str | None
    end_of_silence: int | None
    end_of_key: str | None
    duration: int | None
    beep_start: bool | None
    on_end_flow_id: str | None

    def __init__(
        self,
        *,
        format: str | None = None,
        end_of_silence: int | None = None,
        end_of_key: str | None = None,
        duration: int | None = None,
        beep_start: bool | None = None,
        on_end_flow_id: str | None = None,
    ) -> None:
        self._data = {}
        self.format = format
        self.end_of_silence = end_of_silence
        self.end_of_key = end_of_key
        self.duration = duration
        self.beep_start = beep_start
        self.on_end_flow_id = on_end_flow_id

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "ActionOptionRecordingStart")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("format")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ActionOptionRecordingStart", "format", "str", v)
        self.format = v
        v = get("end_of_silence")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("ActionOptionRecordingStart", "end_of_silence", "int", v)
        self.end_of_silence = v
        v = get("end_of_key")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ActionOptionRecordingStart", "end_of_key", "str", v)
        self.end_of_key = v
        v = get("duration")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("ActionOptionRecordingStart", "duration", "int", v)
        self.duration = v
        v = get("beep_start")
        if type(v) is not bool and v is not None:
            raise FieldError("ActionOptionRecordingStart", "beep_start", "bool", v)
        self.beep_start = v
        v = get("on_end_flow_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ActionOptionRecordingStart", "on_end_flow_id", "str", v)
        self.on_end_flow_id = v
        return self
