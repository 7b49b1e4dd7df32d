from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    model_list,
    new_model,
    open_enum,
)


class ErrorBody(Model):
    """Attributes:
    status (ErrorBodyStatus): Canonical error status. Maps 1:1 to HTTP status code.
    reason (str): Specific VoIPbin reason code in UPPER_SNAKE (open-ended).
    message (str): Human-readable message for debugging.
    request_id (str): Request correlation ID. Include in support tickets.
    details (list[ErrorBodyDetailsItem] | None): Reserved for future per-field or structured error detail. May
        be omitted.
    """

    __slots__ = ("details", "message", "reason", "request_id", "status")
    _fields = (
        ("status", "status"),
        ("reason", "reason"),
        ("message", "message"),
        ("request_id", "request_id"),
        ("details", "details"),
    )
    _wire_names = frozenset(
        {
            "status",
            "reason",
            "message",
            "request_id",
            "details",
        }
    )

    status: ErrorBodyStatus
    reason: str
    message: str
    request_id: str
    details: list[ErrorBodyDetailsItem] | None

    def __init__(
        self,
        *,
        status: ErrorBodyStatus | None = None,
        reason: str | None = None,
        message: str | None = None,
        request_id: str | None = None,
        details: list[ErrorBodyDetailsItem] | None = None,
    ) -> None:
        self._data = {}
        self.status = status  # type: ignore[assignment]
        self.reason = reason  # type: ignore[assignment]
        self.message = message  # type: ignore[assignment]
        self.request_id = request_id  # type: ignore[assignment]
        self.details = details

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = src_dict if type(src_dict) is dict else as_object(src_dict, "ErrorBody")
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("status")
        if v is not None:
            m = ErrorBodyStatus._value2member_map_.get(v) if type(v) is str else None
            v = open_enum(ErrorBodyStatus, v, "ErrorBody", "status") if m is None else m
        self.status = v
        v = get("reason")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ErrorBody", "reason", "str", v)
        self.reason = v
        v = get("message")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ErrorBody", "message", "str", v)
        self.message = v
        v = get("request_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ErrorBody", "request_id", "str", v)
        self.request_id = v
        v = get("details")
        if v is not None:
            v = model_list(ErrorBodyDetailsItem, v, "ErrorBody", "details")
        self.details = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.error_body_details_item import ErrorBodyDetailsItem
from ..models.error_body_status import ErrorBodyStatus
