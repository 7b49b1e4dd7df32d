from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_manager_agent_ring_method import AgentManagerAgentRingMethod

T = TypeVar("T", bound="PutServiceAgentsMeBody")


@_attrs_define
class PutServiceAgentsMeBody:
    """
    Attributes:
        name (str): The updated name of the agent.
        detail (str): Additional details about the agent.
        ring_method (AgentManagerAgentRingMethod): Method used to ring the agent for incoming calls. Example: ringall.
    """

    name: str
    detail: str
    ring_method: AgentManagerAgentRingMethod
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        detail = self.detail

        ring_method = self.ring_method.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "detail": detail,
                "ring_method": ring_method,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        detail = d.pop("detail")

        ring_method = AgentManagerAgentRingMethod(d.pop("ring_method"))

        put_service_agents_me_body = cls(
            name=name,
            detail=detail,
            ring_method=ring_method,
        )

        put_service_agents_me_body.additional_properties = d
        return put_service_agents_me_body

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
