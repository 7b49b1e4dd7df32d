from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
)


class PostTimelineAnalysesBody(Model):
    """Attributes:
    activeflow_id (str): The ID of the ended activeflow to analyze. Returned from the `GET /activeflows`
        response.
    reanalyze (bool | None): When true, discards the existing completed/failed verdict and runs a fresh analysis
        (subject to a short cooldown). When false or omitted, an existing record is returned unchanged.
    """

    __slots__ = (
        "activeflow_id",
        "reanalyze",
    )
    _fields = (
        ("activeflow_id", "activeflow_id"),
        ("reanalyze", "reanalyze"),
    )
    _wire_names = frozenset(
        {
            "activeflow_id",
            "reanalyze",
        }
    )

    activeflow_id: str
    reanalyze: bool | None

    def __init__(
        self,
        *,
        activeflow_id: str | None = None,
        reanalyze: bool | None = None,
    ) -> None:
        self._data = {}
        self.activeflow_id = activeflow_id  # type: ignore[assignment]
        self.reanalyze = reanalyze

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "PostTimelineAnalysesBody")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("activeflow_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostTimelineAnalysesBody", "activeflow_id", "str", v)
        self.activeflow_id = v
        v = get("reanalyze")
        if type(v) is not bool and v is not None:
            raise FieldError("PostTimelineAnalysesBody", "reanalyze", "bool", v)
        self.reanalyze = v
        return self
