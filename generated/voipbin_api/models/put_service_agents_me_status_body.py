from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_manager_agent_status import AgentManagerAgentStatus

T = TypeVar("T", bound="PutServiceAgentsMeStatusBody")


@_attrs_define
class PutServiceAgentsMeStatusBody:
    """
    Attributes:
        status (AgentManagerAgentStatus): Current availability status of the agent. Example: available.
    """

    status: AgentManagerAgentStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = AgentManagerAgentStatus(d.pop("status"))

        put_service_agents_me_status_body = cls(
            status=status,
        )

        put_service_agents_me_status_body.additional_properties = d
        return put_service_agents_me_status_body

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
