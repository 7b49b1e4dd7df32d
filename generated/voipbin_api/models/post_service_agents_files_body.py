from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    File,
    Model,
    as_object,
    new_model,
    open_enum,
)


class PostServiceAgentsFilesBody(Model):
    """Attributes:
    file (File): The file to upload.
    type (PostServiceAgentsFilesBodyType): The type/category of the file. Must be 'talk' for this endpoint.
    """

    __slots__ = (
        "file",
        "type",
    )
    _fields = (
        ("file", "file"),
        ("type", "type"),
    )
    _wire_names = frozenset(
        {
            "file",
            "type",
        }
    )

    file: File
    type: PostServiceAgentsFilesBodyType

    def __init__(
        self,
        *,
        file: File | None = None,
        type: PostServiceAgentsFilesBodyType | None = None,
    ) -> None:
        self._data = {}
        self.file = file  # type: ignore[assignment]
        self.type = type  # type: ignore[assignment]

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "PostServiceAgentsFilesBody")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        self.file = get("file")
        v = get("type")
        if v is not None:
            m = (
                PostServiceAgentsFilesBodyType._value2member_map_.get(v)
                if type(v) is str
                else None
            )
            v = (
                open_enum(
                    PostServiceAgentsFilesBodyType,
                    v,
                    "PostServiceAgentsFilesBody",
                    "type",
                )
                if m is None
                else m
            )
        self.type = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.post_service_agents_files_body_type import PostServiceAgentsFilesBodyType
