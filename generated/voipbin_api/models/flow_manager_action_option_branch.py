from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.flow_manager_action_option_branch_target_ids import (
        FlowManagerActionOptionBranchTargetIds,
    )


T = TypeVar("T", bound="FlowManagerActionOptionBranch")


@_attrs_define
class FlowManagerActionOptionBranch:
    """
    Attributes:
        variable (str | Unset): Variable name to evaluate for branching. Example: call_digits.
        default_target_id (UUID | Unset): Default target ID if input does not match any branch targets. References an
            action `id` within the same flow's `actions` array. Example: 550e8400-e29b-41d4-a716-446655440000.
        target_ids (FlowManagerActionOptionBranchTargetIds | Unset): Mapping of input values to target action IDs.
    """

    variable: str | Unset = UNSET
    default_target_id: UUID | Unset = UNSET
    target_ids: FlowManagerActionOptionBranchTargetIds | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        variable = self.variable

        default_target_id: str | Unset = UNSET
        if not isinstance(self.default_target_id, Unset):
            default_target_id = str(self.default_target_id)

        target_ids: dict[str, Any] | Unset = UNSET
        if not isinstance(self.target_ids, Unset):
            target_ids = self.target_ids.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if variable is not UNSET:
            field_dict["variable"] = variable
        if default_target_id is not UNSET:
            field_dict["default_target_id"] = default_target_id
        if target_ids is not UNSET:
            field_dict["target_ids"] = target_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.flow_manager_action_option_branch_target_ids import (
            FlowManagerActionOptionBranchTargetIds,
        )

        d = dict(src_dict)
        variable = d.pop("variable", UNSET)

        _default_target_id = d.pop("default_target_id", UNSET)
        default_target_id: UUID | Unset
        if isinstance(_default_target_id, Unset):
            default_target_id = UNSET
        else:
            default_target_id = UUID(_default_target_id)

        _target_ids = d.pop("target_ids", UNSET)
        target_ids: FlowManagerActionOptionBranchTargetIds | Unset
        if isinstance(_target_ids, Unset):
            target_ids = UNSET
        else:
            target_ids = FlowManagerActionOptionBranchTargetIds.from_dict(_target_ids)

        flow_manager_action_option_branch = cls(
            variable=variable,
            default_target_id=default_target_id,
            target_ids=target_ids,
        )

        flow_manager_action_option_branch.additional_properties = d
        return flow_manager_action_option_branch

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
