from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    UTC,
    FieldError,
    Model,
    as_object,
    fromisoformat,
    in_utc,
    new_model,
    open_enum,
    timestamp,
)


class Analysis(Model):
    """AI analysis of an ended activeflow. Produced on demand, stored once, and optionally re-analyzed. The structured
    verdict lives in `result` once the analysis completes.

    Attributes:
        id (str): The unique identifier of the analysis. Returned from the `POST /timeline-analyses` or `GET
            /timeline-analyses` response.
        customer_id (str): The customer who owns this analysis.
        activeflow_id (str): The ended activeflow that was analyzed. Returned from the `GET /activeflows` response.
        status (AnalysisStatus): Lifecycle state of the analysis.
        tm_create (datetime.datetime | None): Timestamp when the analysis was created.
        tm_update (datetime.datetime | None): Timestamp when the analysis was last updated.
        result (AnalysisResult | None):
        error (str | None): Sanitized failure reason when status is failed.
    """

    __slots__ = (
        "activeflow_id",
        "customer_id",
        "error",
        "id",
        "result",
        "status",
        "tm_create",
        "tm_update",
    )
    _fields = (
        ("id", "id"),
        ("customer_id", "customer_id"),
        ("activeflow_id", "activeflow_id"),
        ("status", "status"),
        ("tm_create", "tm_create"),
        ("tm_update", "tm_update"),
        ("result", "result"),
        ("error", "error"),
    )
    _wire_names = frozenset(
        {
            "id",
            "customer_id",
            "activeflow_id",
            "status",
            "tm_create",
            "tm_update",
            "result",
            "error",
        }
    )

    id: str
    customer_id: str
    activeflow_id: str
    status: AnalysisStatus
    tm_create: datetime.datetime | None
    tm_update: datetime.datetime | None
    result: AnalysisResult | None
    error: str | None

    def __init__(
        self,
        *,
        id: str | None = None,
        customer_id: str | None = None,
        activeflow_id: str | None = None,
        status: AnalysisStatus | None = None,
        tm_create: datetime.datetime | None = None,
        tm_update: datetime.datetime | None = None,
        result: AnalysisResult | None = None,
        error: str | None = None,
    ) -> None:
        self._data = {}
        self.id = id  # type: ignore[assignment]
        self.customer_id = customer_id  # type: ignore[assignment]
        self.activeflow_id = activeflow_id  # type: ignore[assignment]
        self.status = status  # type: ignore[assignment]
        self.tm_create = tm_create
        self.tm_update = tm_update
        self.result = result
        self.error = error

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = src_dict if type(src_dict) is dict else as_object(src_dict, "Analysis")
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Analysis", "id", "str", v)
        self.id = v
        v = get("customer_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Analysis", "customer_id", "str", v)
        self.customer_id = v
        v = get("activeflow_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Analysis", "activeflow_id", "str", v)
        self.activeflow_id = v
        v = get("status")
        if v is not None:
            m = AnalysisStatus._value2member_map_.get(v) if type(v) is str else None
            v = open_enum(AnalysisStatus, v, "Analysis", "status") if m is None else m
        self.status = v
        v = get("tm_create")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Analysis", "tm_create")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_create = v
        v = get("tm_update")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Analysis", "tm_update")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_update = v
        v = get("result")
        if v is not None:
            try:
                v = AnalysisResult.from_dict(v)
            except FieldError as error:
                raise error.within("Analysis", "result") from None
        self.result = v
        v = get("error")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Analysis", "error", "str", v)
        self.error = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.analysis_result import AnalysisResult
from ..models.analysis_status import AnalysisStatus
