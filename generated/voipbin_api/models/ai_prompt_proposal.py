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


class AIPromptProposal(Model):
    """Attributes:
    id (str): The unique identifier of the prompt proposal.
    customer_id (str): The customer who owns this proposal.
    ai_id (str): The AI participant whose prompt is being improved. Returned from the `GET /ais` response.
    basis_prompt_history_id (str): The prompt history snapshot the proposal was generated against.
    applied_prompt_history_id (str): The prompt history ID created when this proposal was accepted. Empty until
        accepted.
    tm_create (datetime.datetime | None): Timestamp when the proposal was created.
    tm_update (datetime.datetime | None): Timestamp when the proposal was last updated.
    tm_delete (datetime.datetime | None): Timestamp when the proposal was deleted.
    audit_ids (list[str] | None): Ordered list of AI audit IDs the proposal was derived from. Returned from the
        `GET /aiaudits` response.
    original_prompt (str | None): The basis prompt text captured at proposal time.
    proposed_prompt (str | None): The Gemini-generated improved prompt. Empty until status is completed.
    rationale (str | None): Gemini's explanation for the proposed prompt change. Empty until status is
        completed.
    status (AIPromptProposalStatus | None): Status of the AI prompt proposal.
    error (str | None): Canonicalized failure reason if status is failed or expired.
    """

    __slots__ = (
        "ai_id",
        "applied_prompt_history_id",
        "audit_ids",
        "basis_prompt_history_id",
        "customer_id",
        "error",
        "id",
        "original_prompt",
        "proposed_prompt",
        "rationale",
        "status",
        "tm_create",
        "tm_delete",
        "tm_update",
    )
    _fields = (
        ("id", "id"),
        ("customer_id", "customer_id"),
        ("ai_id", "ai_id"),
        ("basis_prompt_history_id", "basis_prompt_history_id"),
        ("applied_prompt_history_id", "applied_prompt_history_id"),
        ("tm_create", "tm_create"),
        ("tm_update", "tm_update"),
        ("tm_delete", "tm_delete"),
        ("audit_ids", "audit_ids"),
        ("original_prompt", "original_prompt"),
        ("proposed_prompt", "proposed_prompt"),
        ("rationale", "rationale"),
        ("status", "status"),
        ("error", "error"),
    )
    _wire_names = frozenset(
        {
            "id",
            "customer_id",
            "ai_id",
            "basis_prompt_history_id",
            "applied_prompt_history_id",
            "tm_create",
            "tm_update",
            "tm_delete",
            "audit_ids",
            "original_prompt",
            "proposed_prompt",
            "rationale",
            "status",
            "error",
        }
    )

    id: str
    customer_id: str
    ai_id: str
    basis_prompt_history_id: str
    applied_prompt_history_id: str
    tm_create: datetime.datetime | None
    tm_update: datetime.datetime | None
    tm_delete: datetime.datetime | None
    audit_ids: list[str] | None
    original_prompt: str | None
    proposed_prompt: str | None
    rationale: str | None
    status: AIPromptProposalStatus | None
    error: str | None

    def __init__(
        self,
        *,
        id: str | None = None,
        customer_id: str | None = None,
        ai_id: str | None = None,
        basis_prompt_history_id: str | None = None,
        applied_prompt_history_id: str | None = None,
        tm_create: datetime.datetime | None = None,
        tm_update: datetime.datetime | None = None,
        tm_delete: datetime.datetime | None = None,
        audit_ids: list[str] | None = None,
        original_prompt: str | None = None,
        proposed_prompt: str | None = None,
        rationale: str | None = None,
        status: AIPromptProposalStatus | None = None,
        error: str | None = None,
    ) -> None:
        self._data = {}
        self.id = id  # type: ignore[assignment]
        self.customer_id = customer_id  # type: ignore[assignment]
        self.ai_id = ai_id  # type: ignore[assignment]
        self.basis_prompt_history_id = basis_prompt_history_id  # type: ignore[assignment]
        self.applied_prompt_history_id = applied_prompt_history_id  # type: ignore[assignment]
        self.tm_create = tm_create
        self.tm_update = tm_update
        self.tm_delete = tm_delete
        self.audit_ids = audit_ids
        self.original_prompt = original_prompt
        self.proposed_prompt = proposed_prompt
        self.rationale = rationale
        self.status = status
        self.error = error

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "AIPromptProposal")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("AIPromptProposal", "id", "str", v)
        self.id = v
        v = get("customer_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("AIPromptProposal", "customer_id", "str", v)
        self.customer_id = v
        v = get("ai_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("AIPromptProposal", "ai_id", "str", v)
        self.ai_id = v
        v = get("basis_prompt_history_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("AIPromptProposal", "basis_prompt_history_id", "str", v)
        self.basis_prompt_history_id = v
        v = get("applied_prompt_history_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("AIPromptProposal", "applied_prompt_history_id", "str", v)
        self.applied_prompt_history_id = v
        v = get("tm_create")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "AIPromptProposal", "tm_create")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_create = v
        v = get("tm_update")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "AIPromptProposal", "tm_update")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_update = v
        v = get("tm_delete")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "AIPromptProposal", "tm_delete")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_delete = v
        v = get("audit_ids")
        if v is not None:
            v = str_list(v, "AIPromptProposal", "audit_ids")
        self.audit_ids = v
        v = get("original_prompt")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("AIPromptProposal", "original_prompt", "str", v)
        self.original_prompt = v
        v = get("proposed_prompt")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("AIPromptProposal", "proposed_prompt", "str", v)
        self.proposed_prompt = v
        v = get("rationale")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("AIPromptProposal", "rationale", "str", v)
        self.rationale = v
        v = get("status")
        if v is not None:
            m = (
                AIPromptProposalStatus._value2member_map_.get(v)
                if type(v) is str
                else None
            )
            v = (
                open_enum(AIPromptProposalStatus, v, "AIPromptProposal", "status")
                if m is None
                else m
            )
        self.status = v
        v = get("error")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("AIPromptProposal", "error", "str", v)
        self.error = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.ai_prompt_proposal_status import AIPromptProposalStatus
