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


class GetTimelineAnalysesResponse200(Model):
    """Attributes:
    next_page_token (str): Cursor token for the next page of results. Pass this value as the page_token
        parameter in the next request.
    result (list[Analysis] | None):
    """

    __slots__ = (
        "next_page_token",
        "result",
    )
    _fields = (
        ("next_page_token", "next_page_token"),
        ("result", "result"),
    )
    _wire_names = frozenset(
        {
            "next_page_token",
            "result",
        }
    )

    next_page_token: str
    result: list[Analysis] | None

    def __init__(
        self,
        *,
        next_page_token: str | None = None,
        result: list[Analysis] | None = None,
    ) -> None:
        self._data = {}
        self.next_page_token = next_page_token  # type: ignore[assignment]
        self.result = result

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "GetTimelineAnalysesResponse200")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("next_page_token")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError(
                "GetTimelineAnalysesResponse200", "next_page_token", "str", v
            )
        self.next_page_token = v
        v = get("result")
        if v is not None:
            v = model_list(Analysis, v, "GetTimelineAnalysesResponse200", "result")
        self.result = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.analysis import Analysis
