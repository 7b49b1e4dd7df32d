from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
    str_list,
)


class PostAipromptproposalsBody(Model):
    """Attributes:
    ai_id (str): The AI participant whose prompt should be improved.
    audit_ids (list[str]): The completed AI audits to use as evidence for the proposal.
    language (str | None): BCP47 language code for proposal output (e.g. "en-US", "ko-KR"). Defaults to "en-US".
    """

    __slots__ = (
        "ai_id",
        "audit_ids",
        "language",
    )
    _fields = (
        ("ai_id", "ai_id"),
        ("audit_ids", "audit_ids"),
        ("language", "language"),
    )
    _wire_names = frozenset(
        {
            "ai_id",
            "audit_ids",
            "language",
        }
    )

    ai_id: str
    audit_ids: list[str]
    language: str | None

    def __init__(
        self,
        *,
        ai_id: str | None = None,
        audit_ids: list[str] | None = None,
        language: str | None = None,
    ) -> None:
        self._data = {}
        self.ai_id = ai_id  # type: ignore[assignment]
        self.audit_ids = audit_ids  # type: ignore[assignment]
        self.language = language

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "PostAipromptproposalsBody")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("ai_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostAipromptproposalsBody", "ai_id", "str", v)
        self.ai_id = v
        v = get("audit_ids")
        if v is not None:
            v = str_list(v, "PostAipromptproposalsBody", "audit_ids")
        self.audit_ids = v
        v = get("language")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostAipromptproposalsBody", "language", "str", v)
        self.language = v
        return self
