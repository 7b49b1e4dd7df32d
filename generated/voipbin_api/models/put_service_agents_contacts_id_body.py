from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
)


class PutServiceAgentsContactsIdBody(Model):
    """Attributes:
    first_name (str | None):
    last_name (str | None):
    display_name (str | None):
    company (str | None):
    job_title (str | None):
    external_id (str | None):
    notes (str | None):
    """

    __slots__ = (
        "company",
        "display_name",
        "external_id",
        "first_name",
        "job_title",
        "last_name",
        "notes",
    )
    _fields = (
        ("first_name", "first_name"),
        ("last_name", "last_name"),
        ("display_name", "display_name"),
        ("company", "company"),
        ("job_title", "job_title"),
        ("external_id", "external_id"),
        ("notes", "notes"),
    )
    _wire_names = frozenset(
        {
            "first_name",
            "last_name",
            "display_name",
            "company",
            "job_title",
            "external_id",
            "notes",
        }
    )

    first_name: str | None
    last_name: str | None
    display_name: str | None
    company: str | None
    job_title: str | None
    external_id: str | None
    notes: str | None

    def __init__(
        self,
        *,
        first_name: str | None = None,
        last_name: str | None = None,
        display_name: str | None = None,
        company: str | None = None,
        job_title: str | None = None,
        external_id: str | None = None,
        notes: str | None = None,
    ) -> None:
        self._data = {}
        self.first_name = first_name
        self.last_name = last_name
        self.display_name = display_name
        self.company = company
        self.job_title = job_title
        self.external_id = external_id
        self.notes = notes

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "PutServiceAgentsContactsIdBody")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("first_name")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PutServiceAgentsContactsIdBody", "first_name", "str", v)
        self.first_name = v
        v = get("last_name")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PutServiceAgentsContactsIdBody", "last_name", "str", v)
        self.last_name = v
        v = get("display_name")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PutServiceAgentsContactsIdBody", "display_name", "str", v)
        self.display_name = v
        v = get("company")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PutServiceAgentsContactsIdBody", "company", "str", v)
        self.company = v
        v = get("job_title")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PutServiceAgentsContactsIdBody", "job_title", "str", v)
        self.job_title = v
        v = get("external_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PutServiceAgentsContactsIdBody", "external_id", "str", v)
        self.external_id = v
        v = get("notes")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PutServiceAgentsContactsIdBody", "notes", "str", v)
        self.notes = v
        return self
