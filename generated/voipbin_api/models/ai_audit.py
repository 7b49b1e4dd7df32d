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
    str_list,
    timestamp,
)


class AIAudit(Model):
    """Attributes:
    id (str): The unique identifier of the audit.
    customer_id (str): The customer who owns this audit.
    aicall_id (str): The AI call that was audited. Returned from the `GET /aicalls` response.
    ai_id (str): The AI participant that was evaluated. Returned from the `GET /ais` response.
    prompt_history_id (str): The prompt version active during the call.
    overall_score (int | None): Overall score (1-5) independently assessed by the LLM. Null until completed.
    evaluation (AIAuditEvaluation | None): Full structured evaluation output. Null until completed.
    tm_create (datetime.datetime | None): Timestamp when the audit was created.
    tm_update (datetime.datetime | None): Timestamp when the audit was last updated.
    tm_delete (datetime.datetime | None): Timestamp when the audit was deleted.
    status (AIAuditStatus | None): Status of the AI audit.
    message_ids (list[str] | None): Ordered list of message IDs (newest-first) that were evaluated by Gemini.
        Null while progressing, on failure, or for audits completed before this feature. Present and non-empty on
        successful completion for calls with messages.
    language (str | None): BCP47 language code used for audit output.
    error (str | None): Failure reason if status is failed.
    """

    __slots__ = (
        "ai_id",
        "aicall_id",
        "customer_id",
        "error",
        "evaluation",
        "id",
        "language",
        "message_ids",
        "overall_score",
        "prompt_history_id",
        "status",
        "tm_create",
        "tm_delete",
        "tm_update",
    )
    _fields = (
        ("id", "id"),
        ("customer_id", "customer_id"),
        ("aicall_id", "aicall_id"),
        ("ai_id", "ai_id"),
        ("prompt_history_id", "prompt_history_id"),
        ("overall_score", "overall_score"),
        ("evaluation", "evaluation"),
        ("tm_create", "tm_create"),
        ("tm_update", "tm_update"),
        ("tm_delete", "tm_delete"),
        ("status", "status"),
        ("message_ids", "message_ids"),
        ("language", "language"),
        ("error", "error"),
    )
    _wire_names = frozenset(
        {
            "id",
            "customer_id",
            "aicall_id",
            "ai_id",
            "prompt_history_id",
            "overall_score",
            "evaluation",
            "tm_create",
            "tm_update",
            "tm_delete",
            "status",
            "message_ids",
            "language",
            "error",
        }
    )

    id: str
    customer_id: str
    aicall_id: str
    ai_id: str
    prompt_history_id: str
    overall_score: int | None
    evaluation: AIAuditEvaluation | None
    tm_create: datetime.datetime | None
    tm_update: datetime.datetime | None
    tm_delete: datetime.datetime | None
    status: AIAuditStatus | None
    message_ids: list[str] | None
    language: str | None
    error: str | None

    def __init__(
        self,
        *,
        id: str | None = None,
        customer_id: str | None = None,
        aicall_id: str | None = None,
        ai_id: str | None = None,
        prompt_history_id: str | None = None,
        overall_score: int | None = None,
        evaluation: AIAuditEvaluation | None = None,
        tm_create: datetime.datetime | None = None,
        tm_update: datetime.datetime | None = None,
        tm_delete: datetime.datetime | None = None,
        status: AIAuditStatus | None = None,
        message_ids: list[str] | None = None,
        language: str | None = None,
        error: str | None = None,
    ) -> None:
        self._data = {}
        self.id = id  # type: ignore[assignment]
        self.customer_id = customer_id  # type: ignore[assignment]
        self.aicall_id = aicall_id  # type: ignore[assignment]
        self.ai_id = ai_id  # type: ignore[assignment]
        self.prompt_history_id = prompt_history_id  # type: ignore[assignment]
        self.overall_score = overall_score
        self.evaluation = evaluation
        self.tm_create = tm_create
        self.tm_update = tm_update
        self.tm_delete = tm_delete
        self.status = status
        self.message_ids = message_ids
        self.language = language
        self.error = error

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = src_dict if type(src_dict) is dict else as_object(src_dict, "AIAudit")
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("AIAudit", "id", "str", v)
        self.id = v
        v = get("customer_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("AIAudit", "customer_id", "str", v)
        self.customer_id = v
        v = get("aicall_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("AIAudit", "aicall_id", "str", v)
        self.aicall_id = v
        v = get("ai_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("AIAudit", "ai_id", "str", v)
        self.ai_id = v
        v = get("prompt_history_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("AIAudit", "prompt_history_id", "str", v)
        self.prompt_history_id = v
        v = get("overall_score")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("AIAudit", "overall_score", "int", v)
        self.overall_score = v
        v = get("evaluation")
        if v is not None:
            try:
                v = AIAuditEvaluation.from_dict(v)
            except FieldError as error:
                raise error.within("AIAudit", "evaluation") from None
        self.evaluation = v
        v = get("tm_create")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "AIAudit", "tm_create")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_create = v
        v = get("tm_update")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "AIAudit", "tm_update")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_update = v
        v = get("tm_delete")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "AIAudit", "tm_delete")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_delete = v
        v = get("status")
        if v is not None:
            m = AIAuditStatus._value2member_map_.get(v) if type(v) is str else None
            v = open_enum(AIAuditStatus, v, "AIAudit", "status") if m is None else m
        self.status = v
        v = get("message_ids")
        if v is not None:
            v = str_list(v, "AIAudit", "message_ids")
        self.message_ids = v
        v = get("language")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("AIAudit", "language", "str", v)
        self.language = v
        v = get("error")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("AIAudit", "error", "str", v)
        self.error = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.ai_audit_evaluation import AIAuditEvaluation
from ..models.ai_audit_status import AIAuditStatus
