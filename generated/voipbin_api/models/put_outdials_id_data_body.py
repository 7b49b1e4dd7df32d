from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
)


class PutOutdialsIdDataBody(Model):
    """Attributes:
    data (str):
    """

    __slots__ = ("data",)
    _fields = (("data", "data"),)
    _wire_names = frozenset(
        {
            "data",
        }
    )

    data: str

    def __init__(
        self,
        *,
        data: str | None = None,
    ) -> None:
        self._data = {}
        self.data = data  # type: ignore[assignment]

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "PutOutdialsIdDataBody")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("data")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PutOutdialsIdDataBody", "data", "str", v)
        self.data = v
        return self
