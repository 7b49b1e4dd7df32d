from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_manager_agent_status import AgentManagerAgentStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="PutAgentsIdStatusBody")


@_attrs_define
class PutAgentsIdStatusBody:
    """
    Attributes:
        status (AgentManagerAgentStatus | Unset): Current availability status of the agent. Example: available.
    """

    status: AgentManagerAgentStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _status = d.pop("status", UNSET)
        status: AgentManagerAgentStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = AgentManagerAgentStatus(_status)

        put_agents_id_status_body = cls(
            status=status,
        )

        put_agents_id_status_body.additional_properties = d
        return put_agents_id_status_body

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
