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


class Summary(Model):
    """Attributes:
    id (str): The unique identifier of the summary.
    customer_id (str): The unique identifier of the associated customer. Returned from the `GET /customers`
        response.
    activeflow_id (str): The unique identifier of the activeflow. Returned from the `GET /activeflows` response.
    on_end_flow_id (str): The unique identifier of the flow to execute when the summary completes. Returned from
        the `POST /flows` or `GET /flows` response.
    reference_id (str): The unique identifier of the referenced resource. The actual resource type is determined
        by reference_type. Returned from the corresponding resource endpoint.
    tm_create (datetime.datetime | None): Timestamp when the summary was created.
    tm_update (datetime.datetime | None): Timestamp when the summary was last updated.
    tm_delete (datetime.datetime | None): Timestamp when the summary was deleted.
    reference_type (SummaryReferenceType | None): Type of reference for the AI summary.
    status (SummaryStatus | None): Status of the AI summary generation.
    language (str | None): Language used for the AI summary.
    content (str | None): Content of the summary.
    """

    __slots__ = (
        "activeflow_id",
        "content",
        "customer_id",
        "id",
        "language",
        "on_end_flow_id",
        "reference_id",
        "reference_type",
        "status",
        "tm_create",
        "tm_delete",
        "tm_update",
    )
    _fields = (
        ("id", "id"),
        ("customer_id", "customer_id"),
        ("activeflow_id", "activeflow_id"),
        ("on_end_flow_id", "on_end_flow_id"),
        ("reference_id", "reference_id"),
        ("tm_create", "tm_create"),
        ("tm_update", "tm_update"),
        ("tm_delete", "tm_delete"),
        ("reference_type", "reference_type"),
        ("status", "status"),
        ("language", "language"),
        ("content", "content"),
    )
    _wire_names = frozenset(
        {
            "id",
            "customer_id",
            "activeflow_id",
            "on_end_flow_id",
            "reference_id",
            "tm_create",
            "tm_update",
            "tm_delete",
            "reference_type",
            "status",
            "language",
            "content",
        }
    )

    id: str
    customer_id: str
    activeflow_id: str
    on_end_flow_id: str
    reference_id: str
    tm_create: datetime.datetime | None
    tm_update: datetime.datetime | None
    tm_delete: datetime.datetime | None
    reference_type: SummaryReferenceType | None
    status: SummaryStatus | None
    language: str | None
    content: str | None

    def __init__(
        self,
        *,
        id: str | None = None,
        customer_id: str | None = None,
        activeflow_id: str | None = None,
        on_end_flow_id: str | None = None,
        reference_id: str | None = None,
        tm_create: datetime.datetime | None = None,
        tm_update: datetime.datetime | None = None,
        tm_delete: datetime.datetime | None = None,
        reference_type: SummaryReferenceType | None = None,
        status: SummaryStatus | None = None,
        language: str | None = None,
        content: str | None = None,
    ) -> None:
        self._data = {}
        self.id = id  # type: ignore[assignment]
        self.customer_id = customer_id  # type: ignore[assignment]
        self.activeflow_id = activeflow_id  # type: ignore[assignment]
        self.on_end_flow_id = on_end_flow_id  # type: ignore[assignment]
        self.reference_id = reference_id  # type: ignore[assignment]
        self.tm_create = tm_create
        self.tm_update = tm_update
        self.tm_delete = tm_delete
        self.reference_type = reference_type
        self.status = status
        self.language = language
        self.content = content

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = src_dict if type(src_dict) is dict else as_object(src_dict, "Summary")
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Summary", "id", "str", v)
        self.id = v
        v = get("customer_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Summary", "customer_id", "str", v)
        self.customer_id = v
        v = get("activeflow_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Summary", "activeflow_id", "str", v)
        self.activeflow_id = v
        v = get("on_end_flow_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Summary", "on_end_flow_id", "str", v)
        self.on_end_flow_id = v
        v = get("reference_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Summary", "reference_id", "str", v)
        self.reference_id = v
        v = get("tm_create")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Summary", "tm_create")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_create = v
        v = get("tm_update")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Summary", "tm_update")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_update = v
        v = get("tm_delete")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Summary", "tm_delete")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_delete = v
        v = get("reference_type")
        if v is not None:
            m = (
                SummaryReferenceType._value2member_map_.get(v)
                if type(v) is str
                else None
            )
            v = (
                open_enum(SummaryReferenceType, v, "Summary", "reference_type")
                if m is None
                else m
            )
        self.reference_type = v
        v = get("status")
        if v is not None:
            m = SummaryStatus._value2member_map_.get(v) if type(v) is str else None
            v = open_enum(SummaryStatus, v, "Summary", "status") if m is None else m
        self.status = v
        v = get("language")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Summary", "language", "str", v)
        self.language = v
        v = get("content")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Summary", "content", "str", v)
        self.content = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.summary_reference_type import SummaryReferenceType
from ..models.summary_status import SummaryStatus
