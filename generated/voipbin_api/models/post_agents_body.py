from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_manager_agent_permission import AgentManagerAgentPermission
from ..models.agent_manager_agent_ring_method import AgentManagerAgentRingMethod

if TYPE_CHECKING:
    from ..models.common_address import CommonAddress


T = TypeVar("T", bound="PostAgentsBody")


@_attrs_define
class PostAgentsBody:
    """
    Attributes:
        username (str):
        password (str):
        name (str):
        detail (str):
        ring_method (AgentManagerAgentRingMethod): Method used to ring the agent for incoming calls. Example: ringall.
        permission (AgentManagerAgentPermission): Permission type Example: 64.
        tag_ids (list[str]):
        addresses (list[CommonAddress]):
    """

    username: str
    password: str
    name: str
    detail: str
    ring_method: AgentManagerAgentRingMethod
    permission: AgentManagerAgentPermission
    tag_ids: list[str]
    addresses: list[CommonAddress]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        password = self.password

        name = self.name

        detail = self.detail

        ring_method = self.ring_method.value

        permission = self.permission.value

        tag_ids = self.tag_ids

        addresses = []
        for addresses_item_data in self.addresses:
            addresses_item = addresses_item_data.to_dict()
            addresses.append(addresses_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
                "password": password,
                "name": name,
                "detail": detail,
                "ring_method": ring_method,
                "permission": permission,
                "tag_ids": tag_ids,
                "addresses": addresses,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.common_address import CommonAddress

        d = dict(src_dict)
        username = d.pop("username")

        password = d.pop("password")

        name = d.pop("name")

        detail = d.pop("detail")

        ring_method = AgentManagerAgentRingMethod(d.pop("ring_method"))

        permission = AgentManagerAgentPermission(d.pop("permission"))

        tag_ids = cast(list[str], d.pop("tag_ids"))

        addresses = []
        _addresses = d.pop("addresses")
        for addresses_item_data in _addresses:
            addresses_item = CommonAddress.from_dict(addresses_item_data)

            addresses.append(addresses_item)

        post_agents_body = cls(
            username=username,
            password=password,
            name=name,
            detail=detail,
            ring_method=ring_method,
            permission=permission,
            tag_ids=tag_ids,
            addresses=addresses,
        )

        post_agents_body.additional_properties = d
        return post_agents_body

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
