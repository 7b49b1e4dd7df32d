from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.call_manager_groupcall_answer_method import (
    CallManagerGroupcallAnswerMethod,
)
from ..models.call_manager_groupcall_ring_method import CallManagerGroupcallRingMethod
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.common_address import CommonAddress
    from ..models.flow_manager_action import FlowManagerAction


T = TypeVar("T", bound="PostGroupcallsBody")


@_attrs_define
class PostGroupcallsBody:
    """Provide either flow_id or actions. If both are set, flow_id takes precedence and actions is ignored.

    Attributes:
        source (CommonAddress): Contains source or destination detail info.
        destinations (list[CommonAddress]):
        ring_method (CallManagerGroupcallRingMethod): Method used for dialing Example: ring_all.
        answer_method (CallManagerGroupcallAnswerMethod): Method to handle answered calls Example: hangup_others.
        flow_id (UUID | Unset): The flow to execute for the groupcall. Provide either flow_id or actions; if both are
            set, flow_id takes precedence and actions is ignored. The flow ID returned from the POST /flows or GET /flows
            response. Example: c1d2e3f4-a5b6-7890-cdef-1234567890ab.
        actions (list[FlowManagerAction] | Unset): Inline actions used to build a temporary flow when flow_id is not
            provided. Provide either flow_id or actions.
    """

    source: CommonAddress
    destinations: list[CommonAddress]
    ring_method: CallManagerGroupcallRingMethod
    answer_method: CallManagerGroupcallAnswerMethod
    flow_id: UUID | Unset = UNSET
    actions: list[FlowManagerAction] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source = self.source.to_dict()

        destinations = []
        for destinations_item_data in self.destinations:
            destinations_item = destinations_item_data.to_dict()
            destinations.append(destinations_item)

        ring_method = self.ring_method.value

        answer_method = self.answer_method.value

        flow_id: str | Unset = UNSET
        if not isinstance(self.flow_id, Unset):
            flow_id = str(self.flow_id)

        actions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = []
            for actions_item_data in self.actions:
                actions_item = actions_item_data.to_dict()
                actions.append(actions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
                "destinations": destinations,
                "ring_method": ring_method,
                "answer_method": answer_method,
            }
        )
        if flow_id is not UNSET:
            field_dict["flow_id"] = flow_id
        if actions is not UNSET:
            field_dict["actions"] = actions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.common_address import CommonAddress
        from ..models.flow_manager_action import FlowManagerAction

        d = dict(src_dict)
        source = CommonAddress.from_dict(d.pop("source"))

        destinations = []
        _destinations = d.pop("destinations")
        for destinations_item_data in _destinations:
            destinations_item = CommonAddress.from_dict(destinations_item_data)

            destinations.append(destinations_item)

        ring_method = CallManagerGroupcallRingMethod(d.pop("ring_method"))

        answer_method = CallManagerGroupcallAnswerMethod(d.pop("answer_method"))

        _flow_id = d.pop("flow_id", UNSET)
        flow_id: UUID | Unset
        if isinstance(_flow_id, Unset):
            flow_id = UNSET
        else:
            flow_id = UUID(_flow_id)

        _actions = d.pop("actions", UNSET)
        actions: list[FlowManagerAction] | Unset = UNSET
        if _actions is not UNSET:
            actions = []
            for actions_item_data in _actions:
                actions_item = FlowManagerAction.from_dict(actions_item_data)

                actions.append(actions_item)

        post_groupcalls_body = cls(
            source=source,
            destinations=destinations,
            ring_method=ring_method,
            answer_method=answer_method,
            flow_id=flow_id,
            actions=actions,
        )

        post_groupcalls_body.additional_properties = d
        return post_groupcalls_body

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
