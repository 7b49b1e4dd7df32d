from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.flow_manager_action import FlowManagerAction


T = TypeVar("T", bound="PutFlowsIdBody")


@_attrs_define
class PutFlowsIdBody:
    """
    Attributes:
        name (str): The updated name of the flow.
        detail (str): The updated details of the flow.
        actions (list[FlowManagerAction]): Updated list of actions associated with the flow.
        on_complete_flow_id (str | Unset): ID of the flow to be executed on completion.
    """

    name: str
    detail: str
    actions: list[FlowManagerAction]
    on_complete_flow_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        detail = self.detail

        actions = []
        for actions_item_data in self.actions:
            actions_item = actions_item_data.to_dict()
            actions.append(actions_item)

        on_complete_flow_id = self.on_complete_flow_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "detail": detail,
                "actions": actions,
            }
        )
        if on_complete_flow_id is not UNSET:
            field_dict["on_complete_flow_id"] = on_complete_flow_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.flow_manager_action import FlowManagerAction

        d = dict(src_dict)
        name = d.pop("name")

        detail = d.pop("detail")

        actions = []
        _actions = d.pop("actions")
        for actions_item_data in _actions:
            actions_item = FlowManagerAction.from_dict(actions_item_data)

            actions.append(actions_item)

        on_complete_flow_id = d.pop("on_complete_flow_id", UNSET)

        put_flows_id_body = cls(
            name=name,
            detail=detail,
            actions=actions,
            on_complete_flow_id=on_complete_flow_id,
        )

        put_flows_id_body.additional_properties = d
        return put_flows_id_body

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
