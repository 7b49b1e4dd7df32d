from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
    open_enum,
)


class PostContactCasesIdNotesBody(Model):
    """Attributes:
    author_type (PostContactCasesIdNotesBodyAuthorType): Type of the note's author.
    text (str): The note's text content.
    author_id (str | None): ID of the agent authoring this note. Nullable for system-authored notes.
    """

    __slots__ = ("author_id", "author_type", "text")
    _fields = (
        ("author_type", "author_type"),
        ("text", "text"),
        ("author_id", "author_id"),
    )
    _wire_names = frozenset(
        {
            "author_type",
            "text",
            "author_id",
        }
    )

    author_type: PostContactCasesIdNotesBodyAuthorType
    text: str
    author_id: str | None

    def __init__(
        self,
        *,
        author_type: PostContactCasesIdNotesBodyAuthorType | None = None,
        text: str | None = None,
        author_id: str | None = None,
    ) -> None:
        self._data = {}
        self.author_type = author_type  # type: ignore[assignment]
        self.text = text  # type: ignore[assignment]
        self.author_id = author_id

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "PostContactCasesIdNotesBody")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("author_type")
        if v is not None:
            m = (
                PostContactCasesIdNotesBodyAuthorType._value2member_map_.get(v)
                if type(v) is str
                else None
            )
            v = (
                open_enum(
                    PostContactCasesIdNotesBodyAuthorType,
                    v,
                    "PostContactCasesIdNotesBody",
                    "author_type",
                )
                if m is None
                else m
            )
        self.author_type = v
        v = get("text")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostContactCasesIdNotesBody", "text", "str", v)
        self.text = v
        v = get("author_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostContactCasesIdNotesBody", "author_id", "str", v)
        self.author_id = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.post_contact_cases_id_notes_body_author_type import (
    PostContactCasesIdNotesBodyAuthorType,
)
