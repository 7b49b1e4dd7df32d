from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ai_manager_ai_audit_status import AIManagerAIAuditStatus
from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.ai_manager_ai_audit_evaluation_type_0 import (
        AIManagerAIAuditEvaluationType0,
    )


T = TypeVar("T", bound="AIManagerAIAudit")


@_attrs_define
class AIManagerAIAudit:
    """
    Attributes:
        id (UUID | Unset): The unique identifier of the audit. Example: 550e8400-e29b-41d4-a716-446655440000.
        customer_id (UUID | Unset): The customer who owns this audit. Example: 7c4d2f3a-1b8e-4f5c-9a6d-3e2f1a0b4c5d.
        aicall_id (UUID | Unset): The AI call that was audited. Returned from the `GET /aicalls` response. Example:
            550e8400-e29b-41d4-a716-446655440000.
        ai_id (UUID | Unset): The AI participant that was evaluated. Returned from the `GET /ais` response. Example:
            550e8400-e29b-41d4-a716-446655440000.
        prompt_history_id (UUID | Unset): The prompt version active during the call. Example:
            550e8400-e29b-41d4-a716-446655440000.
        status (AIManagerAIAuditStatus | Unset): Status of the AI audit. Example: progressing.
        overall_score (int | None | Unset): Overall score (1-5) independently assessed by the LLM. Null until completed.
            Example: 4.
        evaluation (AIManagerAIAuditEvaluationType0 | None | Unset): Full structured evaluation output. Null until
            completed. Example: {'overall_score': 4, 'dimensions': {'helpfulness': {'score': 4, 'reason': 'Provided clear
            and helpful answers.'}, 'accuracy': {'score': 4, 'reason': 'Responses were factually correct.'}, 'tone':
            {'score': 5, 'reason': 'Maintained professional and empathetic tone.'}, 'goal_completion': {'score': 4,
            'reason': "Successfully resolved the customer's issue."}, 'tool_usage': None}, 'summary': 'The AI assistant
            performed well overall.'}.
        message_ids (list[UUID] | None | Unset): Ordered list of message IDs (newest-first) that were evaluated by
            Gemini. Null while progressing, on failure, or for audits completed before this feature. Present and non-empty
            on successful completion for calls with messages.
             Example: ['550e8400-e29b-41d4-a716-446655440001', '550e8400-e29b-41d4-a716-446655440002'].
        language (str | Unset): BCP47 language code used for audit output. Example: en-US.
        error (str | Unset): Failure reason if status is failed. Example: LLM API quota exceeded.
        tm_create (datetime.datetime | None | Unset): Timestamp when the audit was created. Example:
            2026-01-15T09:30:00.000000Z.
        tm_update (datetime.datetime | None | Unset): Timestamp when the audit was last updated. Example:
            2026-01-15T09:30:00.000000Z.
        tm_delete (datetime.datetime | None | Unset): Timestamp when the audit was deleted. Example:
            2026-01-15T09:30:00.000000Z.
    """

    id: UUID | Unset = UNSET
    customer_id: UUID | Unset = UNSET
    aicall_id: UUID | Unset = UNSET
    ai_id: UUID | Unset = UNSET
    prompt_history_id: UUID | Unset = UNSET
    status: AIManagerAIAuditStatus | Unset = UNSET
    overall_score: int | None | Unset = UNSET
    evaluation: AIManagerAIAuditEvaluationType0 | None | Unset = UNSET
    message_ids: list[UUID] | None | Unset = UNSET
    language: str | Unset = UNSET
    error: str | Unset = UNSET
    tm_create: datetime.datetime | None | Unset = UNSET
    tm_update: datetime.datetime | None | Unset = UNSET
    tm_delete: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ai_manager_ai_audit_evaluation_type_0 import (
            AIManagerAIAuditEvaluationType0,
        )

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        customer_id: str | Unset = UNSET
        if not isinstance(self.customer_id, Unset):
            customer_id = str(self.customer_id)

        aicall_id: str | Unset = UNSET
        if not isinstance(self.aicall_id, Unset):
            aicall_id = str(self.aicall_id)

        ai_id: str | Unset = UNSET
        if not isinstance(self.ai_id, Unset):
            ai_id = str(self.ai_id)

        prompt_history_id: str | Unset = UNSET
        if not isinstance(self.prompt_history_id, Unset):
            prompt_history_id = str(self.prompt_history_id)

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        overall_score: int | None | Unset
        if isinstance(self.overall_score, Unset):
            overall_score = UNSET
        else:
            overall_score = self.overall_score

        evaluation: dict[str, Any] | None | Unset
        if isinstance(self.evaluation, Unset):
            evaluation = UNSET
        elif isinstance(self.evaluation, AIManagerAIAuditEvaluationType0):
            evaluation = self.evaluation.to_dict()
        else:
            evaluation = self.evaluation

        message_ids: list[str] | None | Unset
        if isinstance(self.message_ids, Unset):
            message_ids = UNSET
        elif isinstance(self.message_ids, list):
            message_ids = []
            for message_ids_type_0_item_data in self.message_ids:
                message_ids_type_0_item = str(message_ids_type_0_item_data)
                message_ids.append(message_ids_type_0_item)

        else:
            message_ids = self.message_ids

        language = self.language

        error = self.error

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
        if aicall_id is not UNSET:
            field_dict["aicall_id"] = aicall_id
        if ai_id is not UNSET:
            field_dict["ai_id"] = ai_id
        if prompt_history_id is not UNSET:
            field_dict["prompt_history_id"] = prompt_history_id
        if status is not UNSET:
            field_dict["status"] = status
        if overall_score is not UNSET:
            field_dict["overall_score"] = overall_score
        if evaluation is not UNSET:
            field_dict["evaluation"] = evaluation
        if message_ids is not UNSET:
            field_dict["message_ids"] = message_ids
        if language is not UNSET:
            field_dict["language"] = language
        if error is not UNSET:
            field_dict["error"] = error
        if tm_create is not UNSET:
            field_dict["tm_create"] = tm_create
        if tm_update is not UNSET:
            field_dict["tm_update"] = tm_update
        if tm_delete is not UNSET:
            field_dict["tm_delete"] = tm_delete

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ai_manager_ai_audit_evaluation_type_0 import (
            AIManagerAIAuditEvaluationType0,
        )

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

        _aicall_id = d.pop("aicall_id", UNSET)
        aicall_id: UUID | Unset
        if isinstance(_aicall_id, Unset):
            aicall_id = UNSET
        else:
            aicall_id = UUID(_aicall_id)

        _ai_id = d.pop("ai_id", UNSET)
        ai_id: UUID | Unset
        if isinstance(_ai_id, Unset):
            ai_id = UNSET
        else:
            ai_id = UUID(_ai_id)

        _prompt_history_id = d.pop("prompt_history_id", UNSET)
        prompt_history_id: UUID | Unset
        if isinstance(_prompt_history_id, Unset):
            prompt_history_id = UNSET
        else:
            prompt_history_id = UUID(_prompt_history_id)

        _status = d.pop("status", UNSET)
        status: AIManagerAIAuditStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = AIManagerAIAuditStatus(_status)

        def _parse_overall_score(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        overall_score = _parse_overall_score(d.pop("overall_score", UNSET))

        def _parse_evaluation(
            data: object,
        ) -> AIManagerAIAuditEvaluationType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(f"evaluation: unexpected {type(data).__name__}")
            evaluation_type_0 = AIManagerAIAuditEvaluationType0.from_dict(data)

            return evaluation_type_0

        evaluation = _parse_evaluation(d.pop("evaluation", UNSET))

        def _parse_message_ids(data: object) -> list[UUID] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError(f"message_ids: unexpected {type(data).__name__}")
            message_ids_type_0 = []
            _message_ids_type_0 = data
            for message_ids_type_0_item_data in _message_ids_type_0:
                message_ids_type_0_item = UUID(message_ids_type_0_item_data)

                message_ids_type_0.append(message_ids_type_0_item)

            return message_ids_type_0

        message_ids = _parse_message_ids(d.pop("message_ids", UNSET))

        language = d.pop("language", UNSET)

        error = d.pop("error", UNSET)

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

        ai_manager_ai_audit = cls(
            id=id,
            customer_id=customer_id,
            aicall_id=aicall_id,
            ai_id=ai_id,
            prompt_history_id=prompt_history_id,
            status=status,
            overall_score=overall_score,
            evaluation=evaluation,
            message_ids=message_ids,
            language=language,
            error=error,
            tm_create=tm_create,
            tm_update=tm_update,
            tm_delete=tm_delete,
        )

        ai_manager_ai_audit.additional_properties = d
        return ai_manager_ai_audit

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
