from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    Model,
    as_object,
    new_model,
    str_list,
)


class PutQueuesIdTagIdsBody(Model):
    """Attributes:
    tag_ids (list[str]):
    """

    __slots__ = ("tag_ids",)
    _fields = (("tag_ids", "tag_ids"),)
    _wire_names = frozenset(
        {
            "tag_ids",
        }
    )

    tag_ids: list[str]

    def __init__(
        self,
        *,
        tag_ids: list[str] | None = None,
    ) -> None:
        self._data = {}
        self.tag_ids = tag_ids  # type: ignore[assignment]

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "PutQueuesIdTagIdsBody")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("tag_ids")
        if v is not None:
            v = str_list(v, "PutQueuesIdTagIdsBody", "tag_ids")
        self.tag_ids = v
        return self
