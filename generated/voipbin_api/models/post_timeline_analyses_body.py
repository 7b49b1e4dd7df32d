from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PostTimelineAnalysesBody")


@_attrs_define
class PostTimelineAnalysesBody:
    """
    Attributes:
        activeflow_id (UUID): The ID of the ended activeflow to analyze. Returned from the `GET /activeflows` response.
            Example: 9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d.
        reanalyze (bool | Unset): When true, discards the existing completed/failed verdict and runs a fresh analysis
            (subject to a short cooldown). When false or omitted, an existing record is returned unchanged.
             Example: False.
    """

    activeflow_id: UUID
    reanalyze: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        activeflow_id = str(self.activeflow_id)

        reanalyze = self.reanalyze

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "activeflow_id": activeflow_id,
            }
        )
        if reanalyze is not UNSET:
            field_dict["reanalyze"] = reanalyze

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        activeflow_id = UUID(d.pop("activeflow_id"))

        reanalyze = d.pop("reanalyze", UNSET)

        post_timeline_analyses_body = cls(
            activeflow_id=activeflow_id,
            reanalyze=reanalyze,
        )

        post_timeline_analyses_body.additional_properties = d
        return post_timeline_analyses_body

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
