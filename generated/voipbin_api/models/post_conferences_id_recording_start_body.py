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


class PostConferencesIdRecordingStartBody(Model):
    """Attributes:
    format (PostConferencesIdRecordingStartBodyFormat): The format of the recording.
    duration (int): The maximum duration of the recording (in seconds).
    on_end_flow_id (str): The ID of the flow to be executed when the recording ends.
    """

    __slots__ = ("duration", "format", "on_end_flow_id")
    _fields = (
        ("format", "format"),
        ("duration", "duration"),
        ("on_end_flow_id", "on_end_flow_id"),
    )
    _wire_names = frozenset(
        {
            "format",
            "duration",
            "on_end_flow_id",
        }
    )

    format: PostConferencesIdRecordingStartBodyFormat
    duration: int
    on_end_flow_id: str

    def __init__(
        self,
        *,
        format: PostConferencesIdRecordingStartBodyFormat | None = None,
        duration: int | None = None,
        on_end_flow_id: str | None = None,
    ) -> None:
        self._data = {}
        self.format = format  # type: ignore[assignment]
        self.duration = duration  # type: ignore[assignment]
        self.on_end_flow_id = on_end_flow_id  # type: ignore[assignment]

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "PostConferencesIdRecordingStartBody")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("format")
        if v is not None:
            m = (
                PostConferencesIdRecordingStartBodyFormat._value2member_map_.get(v)
                if type(v) is str
                else None
            )
            v = (
                open_enum(
                    PostConferencesIdRecordingStartBodyFormat,
                    v,
                    "PostConferencesIdRecordingStartBody",
                    "format",
                )
                if m is None
                else m
            )
        self.format = v
        v = get("duration")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError(
                "PostConferencesIdRecordingStartBody", "duration", "int", v
            )
        self.duration = v
        v = get("on_end_flow_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError(
                "PostConferencesIdRecordingStartBody", "on_end_flow_id", "str", v
            )
        self.on_end_flow_id = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.post_conferences_id_recording_start_body_format import (
    PostConferencesIdRecordingStartBodyFormat,
)
