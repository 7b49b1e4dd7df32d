from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
)


class ActionOptionHangup(Model):
    """Attributes:
    reason (str | None): Hangup reason code. See cmcall.HangupReason for details.
    reference_id (str | None): If set, hangs up the call with the same reason as the referenced call ID. This
        will overwrite the `reason` option. Returned from the `POST /calls` or `GET /calls` response.
    """

    __slots__ = (
        "reason",
        "reference_id",
    )
    _fields = (
        ("reason", "reason"),
        ("reference_id", "reference_id"),
    )
    _wire_names = frozenset(
        {
            "reason",
            "reference_id",
        }
    )

    reason: str | None
    reference_id: str | None

    def __init__(
        self,
        *,
        reason: str | None = None,
        reference_id: str | None = None,
    ) -> None:
        self._data = {}
        self.reason = reason
        self.reference_id = reference_id

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "ActionOptionHangup")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("reason")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ActionOptionHangup", "reason", "str", v)
        self.reason = v
        v = get("reference_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ActionOptionHangup", "reference_id", "str", v)
        self.reference_id = v
        return self
