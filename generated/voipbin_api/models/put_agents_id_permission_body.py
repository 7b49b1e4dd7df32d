from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_manager_agent_permission import AgentManagerAgentPermission
from ..types import UNSET, Unset

T = TypeVar("T", bound="PutAgentsIdPermissionBody")


@_attrs_define
class PutAgentsIdPermissionBody:
    """
    Attributes:
        permission (AgentManagerAgentPermission | Unset): Permission type Example: 64.
    """

    permission: AgentManagerAgentPermission | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        permission: int | Unset = UNSET
        if not isinstance(self.permission, Unset):
            permission = self.permission.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if permission is not UNSET:
            field_dict["permission"] = permission

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _permission = d.pop("permission", UNSET)
        permission: AgentManagerAgentPermission | Unset
        if isinstance(_permission, Unset):
            permission = UNSET
        else:
            permission = AgentManagerAgentPermission(_permission)

        put_agents_id_permission_body = cls(
            permission=permission,
        )

        put_agents_id_permission_body.additional_properties = d
        return put_agents_id_permission_body

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
