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


class CaseNote(Model):
    """Attributes:
    id (str): Unique identifier for the case note.
    customer_id (str): Unique identifier of the associated customer.
    case_id (str): The case this note belongs to. The ID is returned from GET /v1.0/contact_cases response.
    author_type (CaseNoteAuthorType): Type of the note's author.
    author_id (str | None): ID of the agent authoring this note. Nullable for system-authored notes.
    text (str): The note's text content.
    tm_create (datetime.datetime | None): Timestamp when this note was created.
    tm_update (datetime.datetime | None): Timestamp when this note was last updated.
    tm_delete (datetime.datetime | None): Timestamp when this note was soft-deleted. Null if active.
    """

    __slots__ = (
        "author_id",
        "author_type",
        "case_id",
        "customer_id",
        "id",
        "text",
        "tm_create",
        "tm_delete",
        "tm_update",
    )
    _fields = (
        ("id", "id"),
        ("customer_id", "customer_id"),
        ("case_id", "case_id"),
        ("author_type", "author_type"),
        ("author_id", "author_id"),
        ("text", "text"),
        ("tm_create", "tm_create"),
        ("tm_update", "tm_update"),
        ("tm_delete", "tm_delete"),
    )
    _wire_names = frozenset(
        {
            "id",
            "customer_id",
            "case_id",
            "author_type",
            "author_id",
            "text",
            "tm_create",
            "tm_update",
            "tm_delete",
        }
    )

    id: str
    customer_id: str
    case_id: str
    author_type: CaseNoteAuthorType
    author_id: str | None
    text: str
    tm_create: datetime.datetime | None
    tm_update: datetime.datetime | None
    tm_delete: datetime.datetime | None

    def __init__(
        self,
        *,
        id: str | None = None,
        customer_id: str | None = None,
        case_id: str | None = None,
        author_type: CaseNoteAuthorType | None = None,
        author_id: str | None = None,
        text: str | None = None,
        tm_create: datetime.datetime | None = None,
        tm_update: datetime.datetime | None = None,
        tm_delete: datetime.datetime | None = None,
    ) -> None:
        self._data = {}
        self.id = id  # type: ignore[assignment]
        self.customer_id = customer_id  # type: ignore[assignment]
        self.case_id = case_id  # type: ignore[assignment]
        self.author_type = author_type  # type: ignore[assignment]
        self.author_id = author_id
        self.text = text  # type: ignore[assignment]
        self.tm_create = tm_create
        self.tm_update = tm_update
        self.tm_delete = tm_delete

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = src_dict if type(src_dict) is dict else as_object(src_dict, "CaseNote")
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("CaseNote", "id", "str", v)
        self.id = v
        v = get("customer_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("CaseNote", "customer_id", "str", v)
        self.customer_id = v
        v = get("case_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("CaseNote", "case_id", "str", v)
        self.case_id = v
        v = get("author_type")
        if v is not None:
            m = CaseNoteAuthorType._value2member_map_.get(v) if type(v) is str else None
            v = (
                open_enum(CaseNoteAuthorType, v, "CaseNote", "author_type")
                if m is None
                else m
            )
        self.author_type = v
        v = get("author_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("CaseNote", "author_id", "str", v)
        self.author_id = v
        v = get("text")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("CaseNote", "text", "str", v)
        self.text = v
        v = get("tm_create")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "CaseNote", "tm_create")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_create = v
        v = get("tm_update")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "CaseNote", "tm_update")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_update = v
        v = get("tm_delete")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "CaseNote", "tm_delete")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_delete = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.case_note_author_type import CaseNoteAuthorType
