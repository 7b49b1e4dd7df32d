from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flow_manager_action_option_amd_machine_handle import (
    FlowManagerActionOptionAMDMachineHandle,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="FlowManagerActionOptionAMD")


@_attrs_define
class FlowManagerActionOptionAMD:
    """
    Attributes:
        machine_handle (FlowManagerActionOptionAMDMachineHandle | Unset):  Example: hangup.
        async_ (bool | Unset): If false, the call flow will pause until AMD is complete. Example: False.
    """

    machine_handle: FlowManagerActionOptionAMDMachineHandle | Unset = UNSET
    async_: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        machine_handle: str | Unset = UNSET
        if not isinstance(self.machine_handle, Unset):
            machine_handle = self.machine_handle.value

        async_ = self.async_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if machine_handle is not UNSET:
            field_dict["machine_handle"] = machine_handle
        if async_ is not UNSET:
            field_dict["async"] = async_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _machine_handle = d.pop("machine_handle", UNSET)
        machine_handle: FlowManagerActionOptionAMDMachineHandle | Unset
        if isinstance(_machine_handle, Unset):
            machine_handle = UNSET
        else:
            machine_handle = FlowManagerActionOptionAMDMachineHandle(_machine_handle)

        async_ = d.pop("async", UNSET)

        flow_manager_action_option_amd = cls(
            machine_handle=machine_handle,
            async_=async_,
        )

        flow_manager_action_option_amd.additional_properties = d
        return flow_manager_action_option_amd

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
