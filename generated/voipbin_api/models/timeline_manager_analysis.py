from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.timeline_manager_analysis_status import TimelineManagerAnalysisStatus
from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.timeline_manager_analysis_result import TimelineManagerAnalysisResult


T = TypeVar("T", bound="TimelineManagerAnalysis")


@_attrs_define
class TimelineManagerAnalysis:
    """AI analysis of an ended activeflow. Produced on demand, stored once, and optionally re-analyzed. The structured
    verdict lives in `result` once the analysis completes.

        Attributes:
            id (UUID | Unset): The unique identifier of the analysis. Returned from the `POST /timeline-analyses` or `GET
                /timeline-analyses` response. Example: 550e8400-e29b-41d4-a716-446655440000.
            customer_id (UUID | Unset): The customer who owns this analysis. Example: 7c4d2f3a-1b8e-4f5c-9a6d-3e2f1a0b4c5d.
            activeflow_id (UUID | Unset): The ended activeflow that was analyzed. Returned from the `GET /activeflows`
                response. Example: 9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d.
            status (TimelineManagerAnalysisStatus | Unset): Lifecycle state of the analysis. Example: completed.
            result (TimelineManagerAnalysisResult | Unset): The structured analysis verdict. Null while progressing or on
                failure. Present on successful completion. Includes an overall status, a narrative, detected issues with
                evidence pointers, and per-type resource usage.
                 Example: {'version': 1, 'overall_status': 'warning', 'input_reduced': False, 'narrative': "The call connected,
                the IVR collected the customer's intent, and the call was routed to an available agent who resolved the
                request.", 'issues': [{'severity': 'warning', 'area': 'routing', 'summary': 'The queue wait exceeded the
                configured target by 8 seconds.', 'evidence': [{'evidence_index': 12, 'event_type': 'queue_joined', 'timestamp':
                '2026-01-15T09:30:12.000000Z', 'resource_id': '5e3f8b2a-9c1d-4e6f-8a7b-2d3c4e5f6a7b'}]}], 'resources_used':
                [{'type': 'call', 'count': 1}, {'type': 'queuecall', 'count': 1}]}.
            error (str | Unset): Sanitized failure reason when status is failed. Example: analysis engine timed out.
            tm_create (datetime.datetime | None | Unset): Timestamp when the analysis was created. Example:
                2026-01-15T09:30:00.000000Z.
            tm_update (datetime.datetime | None | Unset): Timestamp when the analysis was last updated. Example:
                2026-01-15T09:30:05.000000Z.
    """

    id: UUID | Unset = UNSET
    customer_id: UUID | Unset = UNSET
    activeflow_id: UUID | Unset = UNSET
    status: TimelineManagerAnalysisStatus | Unset = UNSET
    result: TimelineManagerAnalysisResult | Unset = UNSET
    error: str | Unset = UNSET
    tm_create: datetime.datetime | None | Unset = UNSET
    tm_update: datetime.datetime | None | Unset = UNSET
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

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result.to_dict()

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if activeflow_id is not UNSET:
            field_dict["activeflow_id"] = activeflow_id
        if status is not UNSET:
            field_dict["status"] = status
        if result is not UNSET:
            field_dict["result"] = result
        if error is not UNSET:
            field_dict["error"] = error
        if tm_create is not UNSET:
            field_dict["tm_create"] = tm_create
        if tm_update is not UNSET:
            field_dict["tm_update"] = tm_update

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.timeline_manager_analysis_result import (
            TimelineManagerAnalysisResult,
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

        _activeflow_id = d.pop("activeflow_id", UNSET)
        activeflow_id: UUID | Unset
        if isinstance(_activeflow_id, Unset):
            activeflow_id = UNSET
        else:
            activeflow_id = UUID(_activeflow_id)

        _status = d.pop("status", UNSET)
        status: TimelineManagerAnalysisStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = TimelineManagerAnalysisStatus(_status)

        _result = d.pop("result", UNSET)
        result: TimelineManagerAnalysisResult | Unset
        if isinstance(_result, Unset):
            result = UNSET
        else:
            result = TimelineManagerAnalysisResult.from_dict(_result)

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

        timeline_manager_analysis = cls(
            id=id,
            customer_id=customer_id,
            activeflow_id=activeflow_id,
            status=status,
            result=result,
            error=error,
            tm_create=tm_create,
            tm_update=tm_update,
        )

        timeline_manager_analysis.additional_properties = d
        return timeline_manager_analysis

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
