from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
)


class ErrorResponse(Model):
    """Attributes:
    error (ErrorBody):
    """

    __slots__ = ("error",)
    _fields = (("error", "error"),)
    _wire_names = frozenset(
        {
            "error",
        }
    )

    error: ErrorBody

    def __init__(
        self,
        *,
        error: ErrorBody | None = None,
    ) -> None:
        self._data = {}
        self.error = error  # type: ignore[assignment]

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = src_dict if type(src_dict) is dict else as_object(src_dict, "ErrorResponse")
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("error")
        if v is not None:
            try:
                v = ErrorBody.from_dict(v)
            except FieldError as error:
                raise error.within("ErrorResponse", "error") from None
        self.error = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.error_body import ErrorBody
