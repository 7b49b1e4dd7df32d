from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ai_manager_summary_reference_type import AIManagerSummaryReferenceType
from ..models.ai_manager_summary_status import AIManagerSummaryStatus
from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="AIManagerSummary")


@_attrs_define
class AIManagerSummary:
    """
    Attributes:
        id (UUID | Unset): The unique identifier of the summary. Example: 550e8400-e29b-41d4-a716-446655440000.
        customer_id (UUID | Unset): The unique identifier of the associated customer. Returned from the `GET /customers`
            response. Example: 7c4d2f3a-1b8e-4f5c-9a6d-3e2f1a0b4c5d.
        activeflow_id (UUID | Unset): The unique identifier of the activeflow. Returned from the `GET /activeflows`
            response. Example: 550e8400-e29b-41d4-a716-446655440000.
        on_end_flow_id (UUID | Unset): The unique identifier of the flow to execute when the summary completes. Returned
            from the `POST /flows` or `GET /flows` response. Example: 550e8400-e29b-41d4-a716-446655440000.
        reference_type (AIManagerSummaryReferenceType | Unset): Type of reference for the AI summary. Example: call.
        reference_id (UUID | Unset): The unique identifier of the referenced resource. The actual resource type is
            determined by reference_type. Returned from the corresponding resource endpoint. Example:
            550e8400-e29b-41d4-a716-446655440000.
        status (AIManagerSummaryStatus | Unset): Status of the AI summary generation. Example: progressing.
        language (str | Unset): Language used for the AI summary. Example: en-US.
        content (str | Unset): Content of the summary. Example: The customer called to inquire about their account
            balance and was assisted by the support agent..
        tm_create (datetime.datetime | None | Unset): Timestamp when the summary was created. Example:
            2026-01-15T09:30:00.000000Z.
        tm_update (datetime.datetime | None | Unset): Timestamp when the summary was last updated. Example:
            2026-01-15T09:30:00.000000Z.
        tm_delete (datetime.datetime | None | Unset): Timestamp when the summary was deleted. Example:
            2026-01-15T09:30:00.000000Z.
    """

    id: UUID | Unset = UNSET
    customer_id: UUID | Unset = UNSET
    activeflow_id: UUID | Unset = UNSET
    on_end_flow_id: UUID | Unset = UNSET
    reference_type: AIManagerSummaryReferenceType | Unset = UNSET
    reference_id: UUID | Unset = UNSET
    status: AIManagerSummaryStatus | Unset = UNSET
    language: str | Unset = UNSET
    content: str | Unset = UNSET
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

        activeflow_id: str | Unset = UNSET
        if not isinstance(self.activeflow_id, Unset):
            activeflow_id = str(self.activeflow_id)

        on_end_flow_id: str | Unset = UNSET
        if not isinstance(self.on_end_flow_id, Unset):
            on_end_flow_id = str(self.on_end_flow_id)

        reference_type: str | Unset = UNSET
        if not isinstance(self.reference_type, Unset):
            reference_type = self.reference_type.value

        reference_id: str | Unset = UNSET
        if not isinstance(self.reference_id, Unset):
            reference_id = str(self.reference_id)

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        language = self.language

        content = self.content

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
        if activeflow_id is not UNSET:
            field_dict["activeflow_id"] = activeflow_id
        if on_end_flow_id is not UNSET:
            field_dict["on_end_flow_id"] = on_end_flow_id
        if reference_type is not UNSET:
            field_dict["reference_type"] = reference_type
        if reference_id is not UNSET:
            field_dict["reference_id"] = reference_id
        if status is not UNSET:
            field_dict["status"] = status
        if language is not UNSET:
            field_dict["language"] = language
        if content is not UNSET:
            field_dict["content"] = content
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

        _activeflow_id = d.pop("activeflow_id", UNSET)
        activeflow_id: UUID | Unset
        if isinstance(_activeflow_id, Unset):
            activeflow_id = UNSET
        else:
            activeflow_id = UUID(_activeflow_id)

        _on_end_flow_id = d.pop("on_end_flow_id", UNSET)
        on_end_flow_id: UUID | Unset
        if isinstance(_on_end_flow_id, Unset):
            on_end_flow_id = UNSET
        else:
            on_end_flow_id = UUID(_on_end_flow_id)

        _reference_type = d.pop("reference_type", UNSET)
        reference_type: AIManagerSummaryReferenceType | Unset
        if isinstance(_reference_type, Unset):
            reference_type = UNSET
        else:
            reference_type = AIManagerSummaryReferenceType(_reference_type)

        _reference_id = d.pop("reference_id", UNSET)
        reference_id: UUID | Unset
        if isinstance(_reference_id, Unset):
            reference_id = UNSET
        else:
            reference_id = UUID(_reference_id)

        _status = d.pop("status", UNSET)
        status: AIManagerSummaryStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = AIManagerSummaryStatus(_status)

        language = d.pop("language", UNSET)

        content = d.pop("content", UNSET)

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

        ai_manager_summary = cls(
            id=id,
            customer_id=customer_id,
            activeflow_id=activeflow_id,
            on_end_flow_id=on_end_flow_id,
            reference_type=reference_type,
            reference_id=reference_id,
            status=status,
            language=language,
            content=content,
            tm_create=tm_create,
            tm_update=tm_update,
            tm_delete=tm_delete,
        )

        ai_manager_summary.additional_properties = d
        return ai_manager_summary

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
