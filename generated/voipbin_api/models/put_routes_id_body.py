from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
)


class PutRoutesIdBody(Model):
    """Attributes:
    provider_id (str): The provider ID for the route.
    priority (int): The priority of the route.
    target (str): The target of the route.
    name (str | None): The name of the route.
    detail (str | None): The detail information of the route.
    """

    __slots__ = ("detail", "name", "priority", "provider_id", "target")
    _fields = (
        ("provider_id", "provider_id"),
        ("priority", "priority"),
        ("target", "target"),
        ("name", "name"),
        ("detail", "detail"),
    )
    _wire_names = frozenset(
        {
            "provider_id",
            "priority",
            "target",
            "name",
            "detail",
        }
    )

    provider_id: str
    priority: int
    target: str
    name: str | None
    detail: str | None

    def __init__(
        self,
        *,
        provider_id: str | None = None,
        priority: int | None = None,
        target: str | None = None,
        name: str | None = None,
        detail: str | None = None,
    ) -> None:
        self._data = {}
        self.provider_id = provider_id  # type: ignore[assignment]
        self.priority = priority  # type: ignore[assignment]
        self.target = target  # type: ignore[assignment]
        self.name = name
        self.detail = detail

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "PutRoutesIdBody")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("provider_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PutRoutesIdBody", "provider_id", "str", v)
        self.provider_id = v
        v = get("priority")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("PutRoutesIdBody", "priority", "int", v)
        self.priority = v
        v = get("target")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PutRoutesIdBody", "target", "str", v)
        self.target = v
        v = get("name")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PutRoutesIdBody", "name", "str", v)
        self.name = v
        v = get("detail")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PutRoutesIdBody", "detail", "str", v)
        self.detail = v
        return self
