from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_manager_agent_permission import AgentManagerAgentPermission
from ..models.agent_manager_agent_ring_method import AgentManagerAgentRingMethod
from ..models.agent_manager_agent_status import AgentManagerAgentStatus
from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.common_address import CommonAddress


T = TypeVar("T", bound="AgentManagerAgent")


@_attrs_define
class AgentManagerAgent:
    """Represents an agent resource.

    Attributes:
        id (UUID | Unset): The unique identifier of the agent. Example: 550e8400-e29b-41d4-a716-446655440000.
        customer_id (UUID | Unset): The unique identifier of the customer who owns this agent. Returned from the `GET
            /customers` response. Example: 7c4d2f3a-1b8e-4f5c-9a6d-3e2f1a0b4c5d.
        username (str | Unset): Agent's login username, typically an email address. Example: agent@example.com.
        name (str | Unset): Display name of the agent. Example: John Smith.
        detail (str | Unset): Additional detail or notes about the agent. Example: Senior support agent.
        ring_method (AgentManagerAgentRingMethod | Unset): Method used to ring the agent for incoming calls. Example:
            ringall.
        status (AgentManagerAgentStatus | Unset): Current availability status of the agent. Example: available.
        permission (AgentManagerAgentPermission | Unset): Permission type Example: 64.
        tag_ids (list[UUID] | None | Unset): List of tag IDs assigned to this agent. Returned from the `POST /tags` or
            `GET /tags` response. Example: ['b1a2c3d4-e5f6-7890-abcd-ef1234567890'].
        addresses (list[CommonAddress] | None | Unset): Agent's endpoint addresses for receiving calls.
        direct_hash (str | Unset): The direct hash for direct access via SIP URI sip:<direct_hash>@sip.voipbin.net (the
            "direct." prefix is already included in the value, e.g. "direct.a1b2c3d4e5f6"). Returned from the resource's
            `direct_hash` field. Example: direct.a1b2c3d4e5f6.
        tm_create (datetime.datetime | None | Unset): Timestamp when the agent was created. Example:
            2026-01-15T09:30:00.000000Z.
        tm_update (datetime.datetime | None | Unset): Timestamp when the agent was last updated. Example:
            2026-01-16T14:20:00.000000Z.
        tm_delete (datetime.datetime | None | Unset): Timestamp when the agent was deleted. Example:
            2026-01-17T10:00:00.000000Z.
    """

    id: UUID | Unset = UNSET
    customer_id: UUID | Unset = UNSET
    username: str | Unset = UNSET
    name: str | Unset = UNSET
    detail: str | Unset = UNSET
    ring_method: AgentManagerAgentRingMethod | Unset = UNSET
    status: AgentManagerAgentStatus | Unset = UNSET
    permission: AgentManagerAgentPermission | Unset = UNSET
    tag_ids: list[UUID] | None | Unset = UNSET
    addresses: list[CommonAddress] | None | Unset = UNSET
    direct_hash: str | Unset = UNSET
    tm_create: datetime.datetime | None | Unset = UNSET
    tm_update: datetime.datetime | None | Unset = UNSET
    tm_delete: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        customer_id: str | Unset = UNSET
        if not isinstance(self.customer_id, Unset):
            customer_id = str(self.customer_id)

        username = self.username

        name = self.name

        detail = self.detail

        ring_method: str | Unset = UNSET
        if not isinstance(self.ring_method, Unset):
            ring_method = self.ring_method.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        permission: int | Unset = UNSET
        if not isinstance(self.permission, Unset):
            permission = self.permission.value

        tag_ids: list[str] | None | Unset
        if isinstance(self.tag_ids, Unset):
            tag_ids = UNSET
        elif isinstance(self.tag_ids, list):
            tag_ids = []
            for tag_ids_type_0_item_data in self.tag_ids:
                tag_ids_type_0_item = str(tag_ids_type_0_item_data)
                tag_ids.append(tag_ids_type_0_item)

        else:
            tag_ids = self.tag_ids

        addresses: list[dict[str, Any]] | None | Unset
        if isinstance(self.addresses, Unset):
            addresses = UNSET
        elif isinstance(self.addresses, list):
            addresses = []
            for addresses_type_0_item_data in self.addresses:
                addresses_type_0_item = addresses_type_0_item_data.to_dict()
                addresses.append(addresses_type_0_item)

        else:
            addresses = self.addresses

        direct_hash = self.direct_hash

        tm_create: None | str | Unset
        if isinstance(self.tm_create, Unset):
            tm_create = UNSET
        elif isinstance(self.tm_create, datetime.datetime):
            tm_create = self.tm_create.isoformat()
        else:
            tm_create = self.tm_create

        tm_update: None | str | Unset
        if isinstance(self.tm_update, Unset):
            tm_update = UNSET
        elif isinstance(self.tm_update, datetime.datetime):
            tm_update = self.tm_update.isoformat()
        else:
            tm_update = self.tm_update

        tm_delete: None | str | Unset
        if isinstance(self.tm_delete, Unset):
            tm_delete = UNSET
        elif isinstance(self.tm_delete, datetime.datetime):
            tm_delete = self.tm_delete.isoformat()
        else:
            tm_delete = self.tm_delete

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if username is not UNSET:
            field_dict["username"] = username
        if name is not UNSET:
            field_dict["name"] = name
        if detail is not UNSET:
            field_dict["detail"] = detail
        if ring_method is not UNSET:
            field_dict["ring_method"] = ring_method
        if status is not UNSET:
            field_dict["status"] = status
        if permission is not UNSET:
            field_dict["permission"] = permission
        if tag_ids is not UNSET:
            field_dict["tag_ids"] = tag_ids
        if addresses is not UNSET:
            field_dict["addresses"] = addresses
        if direct_hash is not UNSET:
            field_dict["direct_hash"] = direct_hash
        if tm_create is not UNSET:
            field_dict["tm_create"] = tm_create
        if tm_update is not UNSET:
            field_dict["tm_update"] = tm_update
        if tm_delete is not UNSET:
            field_dict["tm_delete"] = tm_delete

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.common_address import CommonAddress

        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        _customer_id = d.pop("customer_id", UNSET)
        customer_id: UUID | Unset
        if isinstance(_customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = UUID(_customer_id)

        username = d.pop("username", UNSET)

        name = d.pop("name", UNSET)

        detail = d.pop("detail", UNSET)

        _ring_method = d.pop("ring_method", UNSET)
        ring_method: AgentManagerAgentRingMethod | Unset
        if isinstance(_ring_method, Unset):
            ring_method = UNSET
        else:
            ring_method = AgentManagerAgentRingMethod(_ring_method)

        _status = d.pop("status", UNSET)
        status: AgentManagerAgentStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = AgentManagerAgentStatus(_status)

        _permission = d.pop("permission", UNSET)
        permission: AgentManagerAgentPermission | Unset
        if isinstance(_permission, Unset):
            permission = UNSET
        else:
            permission = AgentManagerAgentPermission(_permission)

        def _parse_tag_ids(data: object) -> list[UUID] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError(f"tag_ids: unexpected {type(data).__name__}")
            tag_ids_type_0 = []
            _tag_ids_type_0 = data
            for tag_ids_type_0_item_data in _tag_ids_type_0:
                tag_ids_type_0_item = UUID(tag_ids_type_0_item_data)

                tag_ids_type_0.append(tag_ids_type_0_item)

            return tag_ids_type_0

        tag_ids = _parse_tag_ids(d.pop("tag_ids", UNSET))

        def _parse_addresses(data: object) -> list[CommonAddress] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError(f"addresses: unexpected {type(data).__name__}")
            addresses_type_0 = []
            _addresses_type_0 = data
            for addresses_type_0_item_data in _addresses_type_0:
                addresses_type_0_item = CommonAddress.from_dict(
                    addresses_type_0_item_data
                )

                addresses_type_0.append(addresses_type_0_item)

            return addresses_type_0

        addresses = _parse_addresses(d.pop("addresses", UNSET))

        direct_hash = d.pop("direct_hash", UNSET)

        def _parse_tm_create(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"tm_create: unexpected {type(data).__name__}")
            tm_create_type_0 = parse_datetime(data)

            return tm_create_type_0

        tm_create = _parse_tm_create(d.pop("tm_create", UNSET))

        def _parse_tm_update(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"tm_update: unexpected {type(data).__name__}")
            tm_update_type_0 = parse_datetime(data)

            return tm_update_type_0

        tm_update = _parse_tm_update(d.pop("tm_update", UNSET))

        def _parse_tm_delete(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"tm_delete: unexpected {type(data).__name__}")
            tm_delete_type_0 = parse_datetime(data)

            return tm_delete_type_0

        tm_delete = _parse_tm_delete(d.pop("tm_delete", UNSET))

        agent_manager_agent = cls(
            id=id,
            customer_id=customer_id,
            username=username,
            name=name,
            detail=detail,
            ring_method=ring_method,
            status=status,
            permission=permission,
            tag_ids=tag_ids,
            addresses=addresses,
            direct_hash=direct_hash,
            tm_create=tm_create,
            tm_update=tm_update,
            tm_delete=tm_delete,
        )

        agent_manager_agent.additional_properties = d
        return agent_manager_agent

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
