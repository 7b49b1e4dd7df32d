from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    model_list,
    new_model,
)


class GetSpeakingsResponse200(Model):
    """Attributes:
    result (list[Speaking] | None):
    next_page_token (str | None):
    """

    __slots__ = ("next_page_token", "result")
    _fields = (
        ("result", "result"),
        ("next_page_token", "next_page_token"),
    )
    _wire_names = frozenset(
        {
            "result",
            "next_page_token",
        }
    )

    result: list[Speaking] | None
    next_page_token: str | None

    def __init__(
        self,
        *,
        result: list[Speaking] | None = None,
        next_page_token: str | None = None,
    ) -> None:
        self._data = {}
        self.result = result
        self.next_page_token = next_page_token

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "GetSpeakingsResponse200")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("result")
        if v is not None:
            v = model_list(Speaking, v, "GetSpeakingsResponse200", "result")
        self.result = v
        v = get("next_page_token")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("GetSpeakingsResponse200", "next_page_token", "str", v)
        self.next_page_token = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.speaking import Speaking
