from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
    open_enum,
)


class PostCallsIdRecordingStartBody(Model):
    """Attributes:
    format (PostCallsIdRecordingStartBodyFormat): The format of the recording.
    end_of_silence (int): The duration of silence (in seconds) after which the recording will be stopped.
    end_of_key (str): The key that will stop the recording.
    duration (int): The maximum duration of the recording (in seconds).
    on_end_flow_id (str): The ID of the flow to be executed when the recording ends.
    """

    __slots__ = ("duration", "end_of_key", "end_of_silence", "format", "on_end_flow_id")
    _fields = (
        ("format", "format"),
        ("end_of_silence", "end_of_silence"),
        ("end_of_key", "end_of_key"),
        ("duration", "duration"),
        ("on_end_flow_id", "on_end_flow_id"),
    )
    _wire_names = frozenset(
        {
            "format",
            "end_of_silence",
            "end_of_key",
            "duration",
            "on_end_flow_id",
        }
    )

    format: PostCallsIdRecordingStartBodyFormat
    end_of_silence: int
    end_of_key: str
    duration: int
    on_end_flow_id: str

    def __init__(
        self,
        *,
        format: PostCallsIdRecordingStartBodyFormat | None = None,
        end_of_silence: int | None = None,
        end_of_key: str | None = None,
        duration: int | None = None,
        on_end_flow_id: str | None = None,
    ) -> None:
        self._data = {}
        self.format = format  # type: ignore[assignment]
        self.end_of_silence = end_of_silence  # type: ignore[assignment]
        self.end_of_key = end_of_key  # type: ignore[assignment]
        self.duration = duration  # type: ignore[assignment]
        self.on_end_flow_id = on_end_flow_id  # type: ignore[assignment]

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "PostCallsIdRecordingStartBody")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("format")
        if v is not None:
            m = (
                PostCallsIdRecordingStartBodyFormat._value2member_map_.get(v)
                if type(v) is str
                else None
            )
            v = (
                open_enum(
                    PostCallsIdRecordingStartBodyFormat,
                    v,
                    "PostCallsIdRecordingStartBody",
                    "format",
                )
                if m is None
                else m
            )
        self.format = v
        v = get("end_of_silence")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError(
                "PostCallsIdRecordingStartBody", "end_of_silence", "int", v
            )
        self.end_of_silence = v
        v = get("end_of_key")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostCallsIdRecordingStartBody", "end_of_key", "str", v)
        self.end_of_key = v
        v = get("duration")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("PostCallsIdRecordingStartBody", "duration", "int", v)
        self.duration = v
        v = get("on_end_flow_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError(
                "PostCallsIdRecordingStartBody", "on_end_flow_id", "str", v
            )
        self.on_end_flow_id = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.post_calls_id_recording_start_body_format import (
    PostCallsIdRecordingStartBodyFormat,
)
