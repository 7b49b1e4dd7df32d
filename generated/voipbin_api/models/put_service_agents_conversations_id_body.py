from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
)


class PutServiceAgentsConversationsIdBody(Model):
    """Attributes:
    owner_type (str | None):
    owner_id (str | None):
    name (str | None):
    detail (str | None):
    """

    __slots__ = ("detail", "name", "owner_id", "owner_type")
    _fields = (
        ("owner_type", "owner_type"),
        ("owner_id", "owner_id"),
        ("name", "name"),
        ("detail", "detail"),
    )
    _wire_names = frozenset(
        {
            "owner_type",
            "owner_id",
            "name",
            "detail",
        }
    )

    owner_type: str | None
    owner_id: str | None
    name: str | None
    detail: str | None

    def __init__(
        self,
        *,
        owner_type: str | None = None,
        owner_id: str | None = None,
        name: str | None = None,
        detail: str | None = None,
    ) -> None:
        self._data = {}
        self.owner_type = owner_type
        self.owner_id = owner_id
        self.name = name
        self.detail = detail

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "PutServiceAgentsConversationsIdBody")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("owner_type")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError(
                "PutServiceAgentsConversationsIdBody", "owner_type", "str", v
            )
        self.owner_type = v
        v = get("owner_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError(
                "PutServiceAgentsConversationsIdBody", "owner_id", "str", v
            )
        self.owner_id = v
        v = get("name")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PutServiceAgentsConversationsIdBody", "name", "str", v)
        self.name = v
        v = get("detail")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PutServiceAgentsConversationsIdBody", "detail", "str", v)
        self.detail = v
        return self
