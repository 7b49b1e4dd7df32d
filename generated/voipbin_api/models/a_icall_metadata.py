from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    Model,
    as_object,
    new_model,
)


class AIcallMetadata(Model):
    """An object whose fields the spec does not list: each is read as ``obj["name"]``."""

    __slots__ = ()
    _fields = ()
    _wire_names = frozenset({})

    def __init__(
        self,
    ) -> None:
        self._data = {}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "AIcallMetadata")
        )
        self = new_model(cls)
        self._data = d
        return self
