from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flow_manager_flow_type import FlowManagerFlowType
from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.flow_manager_action import FlowManagerAction


T = TypeVar("T", bound="FlowManagerFlow")


@_attrs_define
class FlowManagerFlow:
    """
    Attributes:
        id (UUID | Unset): Unique identifier for the flow. Example: a1b2c3d4-e5f6-7890-1234-567890abcdef.
        customer_id (UUID | Unset): The unique identifier of the customer who owns this flow. Returned from the `GET
            /customers` response. Example: 7c4d2f3a-1b8e-4f5c-9a6d-3e2f1a0b4c5d.
        type_ (FlowManagerFlowType | Unset): Type of the flow. Example: flow.
        name (str | Unset): Name of the flow. Example: Inbound Call Handler.
        detail (str | Unset): Detailed description of the flow. Example: Main flow for handling inbound customer calls.
        actions (list[FlowManagerAction] | Unset): Ordered list of actions to execute in this flow.
        direct_hash (str | Unset): The direct hash for direct access via SIP URI sip:<direct_hash>@sip.voipbin.net (the
            "direct." prefix is already included in the value, e.g. "direct.a1b2c3d4e5f6"). Returned from the resource's
            `direct_hash` field. Example: direct.a1b2c3d4e5f6.
        on_complete_flow_id (UUID | Unset): The unique identifier of the flow to execute on completion. Returned from
            the `POST /flows` or `GET /flows` response. Example: a1b2c3d4-e5f6-7890-1234-567890abcdef.
        tm_create (datetime.datetime | None | Unset): Timestamp when the flow was created. Example:
            2026-01-15T09:30:00.000000Z.
        tm_update (datetime.datetime | None | Unset): Timestamp when the flow was last updated. Example:
            2026-01-15T09:30:00.000000Z.
        tm_delete (datetime.datetime | None | Unset): Timestamp when the flow was deleted. Example:
            2026-01-15T09:30:00.000000Z.
    """

    id: UUID | Unset = UNSET
    customer_id: UUID | Unset = UNSET
    type_: FlowManagerFlowType | Unset = UNSET
    name: str | Unset = UNSET
    detail: str | Unset = UNSET
    actions: list[FlowManagerAction] | Unset = UNSET
    direct_hash: str | Unset = UNSET
    on_complete_flow_id: UUID | Unset = UNSET
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

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        name = self.name

        detail = self.detail

        actions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = []
            for actions_item_data in self.actions:
                actions_item = actions_item_data.to_dict()
                actions.append(actions_item)

        direct_hash = self.direct_hash

        on_complete_flow_id: str | Unset = UNSET
        if not isinstance(self.on_complete_flow_id, Unset):
            on_complete_flow_id = str(self.on_complete_flow_id)

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
        if type_ is not UNSET:
            field_dict["type"] = type_
        if name is not UNSET:
            field_dict["name"] = name
        if detail is not UNSET:
            field_dict["detail"] = detail
        if actions is not UNSET:
            field_dict["actions"] = actions
        if direct_hash is not UNSET:
            field_dict["direct_hash"] = direct_hash
        if on_complete_flow_id is not UNSET:
            field_dict["on_complete_flow_id"] = on_complete_flow_id
        if tm_create is not UNSET:
            field_dict["tm_create"] = tm_create
        if tm_update is not UNSET:
            field_dict["tm_update"] = tm_update
        if tm_delete is not UNSET:
            field_dict["tm_delete"] = tm_delete

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.flow_manager_action import FlowManagerAction

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

        _type_ = d.pop("type", UNSET)
        type_: FlowManagerFlowType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = FlowManagerFlowType(_type_)

        name = d.pop("name", UNSET)

        detail = d.pop("detail", UNSET)

        _actions = d.pop("actions", UNSET)
        actions: list[FlowManagerAction] | Unset = UNSET
        if _actions is not UNSET:
            actions = []
            for actions_item_data in _actions:
                actions_item = FlowManagerAction.from_dict(actions_item_data)

                actions.append(actions_item)

        direct_hash = d.pop("direct_hash", UNSET)

        _on_complete_flow_id = d.pop("on_complete_flow_id", UNSET)
        on_complete_flow_id: UUID | Unset
        if isinstance(_on_complete_flow_id, Unset):
            on_complete_flow_id = UNSET
        else:
            on_complete_flow_id = UUID(_on_complete_flow_id)

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

        flow_manager_flow = cls(
            id=id,
            customer_id=customer_id,
            type_=type_,
            name=name,
            detail=detail,
            actions=actions,
            direct_hash=direct_hash,
            on_complete_flow_id=on_complete_flow_id,
            tm_create=tm_create,
            tm_update=tm_update,
            tm_delete=tm_delete,
        )

        flow_manager_flow.additional_properties = d
        return flow_manager_flow

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
