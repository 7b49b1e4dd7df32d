from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
)


class PostServiceAgentsContactsIdTagsBody(Model):
    """Attributes:
    tag_id (str):
    """

    __slots__ = ("tag_id",)
    _fields = (("tag_id", "tag_id"),)
    _wire_names = frozenset(
        {
            "tag_id",
        }
    )

    tag_id: str

    def __init__(
        self,
        *,
        tag_id: str | None = None,
    ) -> None:
        self._data = {}
        self.tag_id = tag_id  # type: ignore[assignment]

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "PostServiceAgentsContactsIdTagsBody")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("tag_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostServiceAgentsContactsIdTagsBody", "tag_id", "str", v)
        self.tag_id = v
        return self
