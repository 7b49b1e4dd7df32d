from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ai_manager_ai_prompt_proposal_status import (
    AIManagerAIPromptProposalStatus,
)
from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="AIManagerAIPromptProposal")


@_attrs_define
class AIManagerAIPromptProposal:
    """
    Attributes:
        id (UUID | Unset): The unique identifier of the prompt proposal. Example: 550e8400-e29b-41d4-a716-446655440000.
        customer_id (UUID | Unset): The customer who owns this proposal. Example: 7c4d2f3a-1b8e-4f5c-9a6d-3e2f1a0b4c5d.
        ai_id (UUID | Unset): The AI participant whose prompt is being improved. Returned from the `GET /ais` response.
            Example: 550e8400-e29b-41d4-a716-446655440000.
        audit_ids (list[UUID] | Unset): Ordered list of AI audit IDs the proposal was derived from. Returned from the
            `GET /aiaudits` response. Example: ['550e8400-e29b-41d4-a716-446655440001',
            '550e8400-e29b-41d4-a716-446655440002'].
        basis_prompt_history_id (UUID | Unset): The prompt history snapshot the proposal was generated against. Example:
            550e8400-e29b-41d4-a716-446655440000.
        original_prompt (str | Unset): The basis prompt text captured at proposal time. Example: You are a helpful
            support assistant..
        proposed_prompt (str | Unset): The Gemini-generated improved prompt. Empty until status is completed. Example:
            You are a helpful and empathetic support assistant. Always confirm the customer's issue before proposing a fix..
        rationale (str | Unset): Gemini's explanation for the proposed prompt change. Empty until status is completed.
            Example: The audits showed the assistant moved to solutions before fully acknowledging the customer's concern..
        status (AIManagerAIPromptProposalStatus | Unset): Status of the AI prompt proposal. Example: progressing.
        error (str | Unset): Canonicalized failure reason if status is failed or expired. Example:
            evaluator_unavailable.
        applied_prompt_history_id (UUID | Unset): The prompt history ID created when this proposal was accepted. Empty
            until accepted. Example: 550e8400-e29b-41d4-a716-446655440000.
        tm_create (datetime.datetime | None | Unset): Timestamp when the proposal was created. Example:
            2026-01-15T09:30:00.000000Z.
        tm_update (datetime.datetime | None | Unset): Timestamp when the proposal was last updated. Example:
            2026-01-15T09:30:00.000000Z.
        tm_delete (datetime.datetime | None | Unset): Timestamp when the proposal was deleted. Example:
            2026-01-15T09:30:00.000000Z.
    """

    id: UUID | Unset = UNSET
    customer_id: UUID | Unset = UNSET
    ai_id: UUID | Unset = UNSET
    audit_ids: list[UUID] | Unset = UNSET
    basis_prompt_history_id: UUID | Unset = UNSET
    original_prompt: str | Unset = UNSET
    proposed_prompt: str | Unset = UNSET
    rationale: str | Unset = UNSET
    status: AIManagerAIPromptProposalStatus | Unset = UNSET
    error: str | Unset = UNSET
    applied_prompt_history_id: UUID | Unset = UNSET
    tm_create: datetime.datetime | None | Unset = UNSET
    tm_update: datetime.datetime | None | Unset = UNSET
    tm_delete: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        customer_id: str | Unset = UNSET
        if not isinstance(self.customer_id, Unset):
            customer_id = str(self.customer_id)

        ai_id: str | Unset = UNSET
        if not isinstance(self.ai_id, Unset):
            ai_id = str(self.ai_id)

        audit_ids: list[str] | Unset = UNSET
        if not isinstance(self.audit_ids, Unset):
            audit_ids = []
            for audit_ids_item_data in self.audit_ids:
                audit_ids_item = str(audit_ids_item_data)
                audit_ids.append(audit_ids_item)

        basis_prompt_history_id: str | Unset = UNSET
        if not isinstance(self.basis_prompt_history_id, Unset):
            basis_prompt_history_id = str(self.basis_prompt_history_id)

        original_prompt = self.original_prompt

        proposed_prompt = self.proposed_prompt

        rationale = self.rationale

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        error = self.error

        applied_prompt_history_id: str | Unset = UNSET
        if not isinstance(self.applied_prompt_history_id, Unset):
            applied_prompt_history_id = str(self.applied_prompt_history_id)

        tm_create: None | str | Unset
        if isinstance(self.tm_create, Unset):
            tm_create = UNSET
        elif isinstance(self.tm_create, datetime.datetime):
            tm_create = self.tm_create.isoformat()
        else:
            tm_create = self.tm_create

        tm_update: None | str | Unset
        if isinstance(self.tm_update, Unset):
            tm_update = UNSET
        elif isinstance(self.tm_update, datetime.datetime):
            tm_update = self.tm_update.isoformat()
        else:
            tm_update = self.tm_update

        tm_delete: None | str | Unset
        if isinstance(self.tm_delete, Unset):
            tm_delete = UNSET
        elif isinstance(self.tm_delete, datetime.datetime):
            tm_delete = self.tm_delete.isoformat()
        else:
            tm_delete = self.tm_delete

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if ai_id is not UNSET:
            field_dict["ai_id"] = ai_id
        if audit_ids is not UNSET:
            field_dict["audit_ids"] = audit_ids
        if basis_prompt_history_id is not UNSET:
            field_dict["basis_prompt_history_id"] = basis_prompt_history_id
        if original_prompt is not UNSET:
            field_dict["original_prompt"] = original_prompt
        if proposed_prompt is not UNSET:
            field_dict["proposed_prompt"] = proposed_prompt
        if rationale is not UNSET:
            field_dict["rationale"] = rationale
        if status is not UNSET:
            field_dict["status"] = status
        if error is not UNSET:
            field_dict["error"] = error
        if applied_prompt_history_id is not UNSET:
            field_dict["applied_prompt_history_id"] = applied_prompt_history_id
        if tm_create is not UNSET:
            field_dict["tm_create"] = tm_create
        if tm_update is not UNSET:
            field_dict["tm_update"] = tm_update
        if tm_delete is not UNSET:
            field_dict["tm_delete"] = tm_delete

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        _customer_id = d.pop("customer_id", UNSET)
        customer_id: UUID | Unset
        if isinstance(_customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = UUID(_customer_id)

        _ai_id = d.pop("ai_id", UNSET)
        ai_id: UUID | Unset
        if isinstance(_ai_id, Unset):
            ai_id = UNSET
        else:
            ai_id = UUID(_ai_id)

        _audit_ids = d.pop("audit_ids", UNSET)
        audit_ids: list[UUID] | Unset = UNSET
        if _audit_ids is not UNSET:
            audit_ids = []
            for audit_ids_item_data in _audit_ids:
                audit_ids_item = UUID(audit_ids_item_data)

                audit_ids.append(audit_ids_item)

        _basis_prompt_history_id = d.pop("basis_prompt_history_id", UNSET)
        basis_prompt_history_id: UUID | Unset
        if isinstance(_basis_prompt_history_id, Unset):
            basis_prompt_history_id = UNSET
        else:
            basis_prompt_history_id = UUID(_basis_prompt_history_id)

        original_prompt = d.pop("original_prompt", UNSET)

        proposed_prompt = d.pop("proposed_prompt", UNSET)

        rationale = d.pop("rationale", UNSET)

        _status = d.pop("status", UNSET)
        status: AIManagerAIPromptProposalStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = AIManagerAIPromptProposalStatus(_status)

        error = d.pop("error", UNSET)

        _applied_prompt_history_id = d.pop("applied_prompt_history_id", UNSET)
        applied_prompt_history_id: UUID | Unset
        if isinstance(_applied_prompt_history_id, Unset):
            applied_prompt_history_id = UNSET
        else:
            applied_prompt_history_id = UUID(_applied_prompt_history_id)

        def _parse_tm_create(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"tm_create: unexpected {type(data).__name__}")
            tm_create_type_0 = parse_datetime(data)

            return tm_create_type_0

        tm_create = _parse_tm_create(d.pop("tm_create", UNSET))

        def _parse_tm_update(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"tm_update: unexpected {type(data).__name__}")
            tm_update_type_0 = parse_datetime(data)

            return tm_update_type_0

        tm_update = _parse_tm_update(d.pop("tm_update", UNSET))

        def _parse_tm_delete(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"tm_delete: unexpected {type(data).__name__}")
            tm_delete_type_0 = parse_datetime(data)

            return tm_delete_type_0

        tm_delete = _parse_tm_delete(d.pop("tm_delete", UNSET))

        ai_manager_ai_prompt_proposal = cls(
            id=id,
            customer_id=customer_id,
            ai_id=ai_id,
            audit_ids=audit_ids,
            basis_prompt_history_id=basis_prompt_history_id,
            original_prompt=original_prompt,
            proposed_prompt=proposed_prompt,
            rationale=rationale,
            status=status,
            error=error,
            applied_prompt_history_id=applied_prompt_history_id,
            tm_create=tm_create,
            tm_update=tm_update,
            tm_delete=tm_delete,
        )

        ai_manager_ai_prompt_proposal.additional_properties = d
        return ai_manager_ai_prompt_proposal

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
