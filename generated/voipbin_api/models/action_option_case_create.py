from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
)


class ActionOptionCaseCreate(Model):
    """Attributes:
    name (str | None):
    detail (str | None):
    note (str | None):
    sync (bool | None): Matches conversation_send/email_send's sync/async toggle
    """

    __slots__ = ("detail", "name", "note", "sync")
    _fields = (
        ("name", "name"),
        ("detail", "detail"),
        ("note", "note"),
        ("sync", "sync"),
    )
    _wire_names = frozenset(
        {
            "name",
            "detail",
            "note",
            "sync",
        }
    )

    name: str | None
    detail: str | None
    note: str | None
    sync: bool | None

    def __init__(
        self,
        *,
        name: str | None = None,
        detail: str | None = None,
        note: str | None = None,
        sync: bool | None = None,
    ) -> None:
        self._data = {}
        self.name = name
        self.detail = detail
        self.note = note
        self.sync = sync

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "ActionOptionCaseCreate")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("name")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ActionOptionCaseCreate", "name", "str", v)
        self.name = v
        v = get("detail")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ActionOptionCaseCreate", "detail", "str", v)
        self.detail = v
        v = get("note")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ActionOptionCaseCreate", "note", "str", v)
        self.note = v
        v = get("sync")
        if type(v) is not bool and v is not None:
            raise FieldError("ActionOptionCaseCreate", "sync", "bool", v)
        self.sync = v
        return self
