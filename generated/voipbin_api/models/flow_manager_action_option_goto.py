from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FlowManagerActionOptionGoto")


@_attrs_define
class FlowManagerActionOptionGoto:
    """
    Attributes:
        target_id (UUID | Unset): The action ID within the flow to jump to. References an action `id` within the same
            flow's `actions` array. Example: 550e8400-e29b-41d4-a716-446655440000.
        loop_count (int | Unset): Loop count. Example: 3.
    """

    target_id: UUID | Unset = UNSET
    loop_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target_id: str | Unset = UNSET
        if not isinstance(self.target_id, Unset):
            target_id = str(self.target_id)

        loop_count = self.loop_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if target_id is not UNSET:
            field_dict["target_id"] = target_id
        if loop_count is not UNSET:
            field_dict["loop_count"] = loop_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _target_id = d.pop("target_id", UNSET)
        target_id: UUID | Unset
        if isinstance(_target_id, Unset):
            target_id = UNSET
        else:
            target_id = UUID(_target_id)

        loop_count = d.pop("loop_count", UNSET)

        flow_manager_action_option_goto = cls(
            target_id=target_id,
            loop_count=loop_count,
        )

        flow_manager_action_option_goto.additional_properties = d
        return flow_manager_action_option_goto

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
