from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TimelineManagerAnalysisResult")


@_attrs_define
class TimelineManagerAnalysisResult:
    """The structured analysis verdict. Null while progressing or on failure. Present on successful completion. Includes an
    overall status, a narrative, detected issues with evidence pointers, and per-type resource usage.

        Example:
            {'version': 1, 'overall_status': 'warning', 'input_reduced': False, 'narrative': "The call connected, the IVR
                collected the customer's intent, and the call was routed to an available agent who resolved the request.",
                'issues': [{'severity': 'warning', 'area': 'routing', 'summary': 'The queue wait exceeded the configured target
                by 8 seconds.', 'evidence': [{'evidence_index': 12, 'event_type': 'queue_joined', 'timestamp':
                '2026-01-15T09:30:12.000000Z', 'resource_id': '5e3f8b2a-9c1d-4e6f-8a7b-2d3c4e5f6a7b'}]}], 'resources_used':
                [{'type': 'call', 'count': 1}, {'type': 'queuecall', 'count': 1}]}

    """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        timeline_manager_analysis_result = cls()

        timeline_manager_analysis_result.additional_properties = d
        return timeline_manager_analysis_result

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
