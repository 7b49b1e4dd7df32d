from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
    open_enum,
    str_list,
)


class PostQueuesBody(Model):
    """Attributes:
    name (str):
    detail (str):
    routing_method (QueueRoutingMethod):
    tag_ids (list[str]):
    wait_flow_id (str): Flow ID for the wait queue.
    wait_timeout (int):
    service_timeout (int):
    """

    __slots__ = (
        "detail",
        "name",
        "routing_method",
        "service_timeout",
        "tag_ids",
        "wait_flow_id",
        "wait_timeout",
    )
    _fields = (
        ("name", "name"),
        ("detail", "detail"),
        ("routing_method", "routing_method"),
        ("tag_ids", "tag_ids"),
        ("wait_flow_id", "wait_flow_id"),
        ("wait_timeout", "wait_timeout"),
        ("service_timeout", "service_timeout"),
    )
    _wire_names = frozenset(
        {
            "name",
            "detail",
            "routing_method",
            "tag_ids",
            "wait_flow_id",
            "wait_timeout",
            "service_timeout",
        }
    )

    name: str
    detail: str
    routing_method: QueueRoutingMethod
    tag_ids: list[str]
    wait_flow_id: str
    wait_timeout: int
    service_timeout: int

    def __init__(
        self,
        *,
        name: str | None = None,
        detail: str | None = None,
        routing_method: QueueRoutingMethod | None = None,
        tag_ids: list[str] | None = None,
        wait_flow_id: str | None = None,
        wait_timeout: int | None = None,
        service_timeout: int | None = None,
    ) -> None:
        self._data = {}
        self.name = name  # type: ignore[assignment]
        self.detail = detail  # type: ignore[assignment]
        self.routing_method = routing_method  # type: ignore[assignment]
        self.tag_ids = tag_ids  # type: ignore[assignment]
        self.wait_flow_id = wait_flow_id  # type: ignore[assignment]
        self.wait_timeout = wait_timeout  # type: ignore[assignment]
        self.service_timeout = service_timeout  # type: ignore[assignment]

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "PostQueuesBody")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("name")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostQueuesBody", "name", "str", v)
        self.name = v
        v = get("detail")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostQueuesBody", "detail", "str", v)
        self.detail = v
        v = get("routing_method")
        if v is not None:
            m = QueueRoutingMethod._value2member_map_.get(v) if type(v) is str else None
            v = (
                open_enum(QueueRoutingMethod, v, "PostQueuesBody", "routing_method")
                if m is None
                else m
            )
        self.routing_method = v
        v = get("tag_ids")
        if v is not None:
            v = str_list(v, "PostQueuesBody", "tag_ids")
        self.tag_ids = v
        v = get("wait_flow_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostQueuesBody", "wait_flow_id", "str", v)
        self.wait_flow_id = v
        v = get("wait_timeout")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("PostQueuesBody", "wait_timeout", "int", v)
        self.wait_timeout = v
        v = get("service_timeout")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("PostQueuesBody", "service_timeout", "int", v)
        self.service_timeout = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.queue_routing_method import QueueRoutingMethod
