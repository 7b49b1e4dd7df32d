from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flow_manager_action_option_call_anonymous import (
    FlowManagerActionOptionCallAnonymous,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.common_address import CommonAddress
    from ..models.flow_manager_action import FlowManagerAction


T = TypeVar("T", bound="FlowManagerActionOptionCall")


@_attrs_define
class FlowManagerActionOptionCall:
    """
    Attributes:
        source (CommonAddress | Unset): Contains source or destination detail info.
        destinations (list[CommonAddress] | Unset): List of destination addresses. Must contain at least one
            destination.
        flow_id (UUID | Unset): The unique identifier of the flow to execute on the created call. Returned from the
            `POST /flows` or `GET /flows` response. Example: a1b2c3d4-e5f6-7890-1234-567890abcdef.
        actions (list[FlowManagerAction] | Unset): Inline actions to execute on the created call.
        chained (bool | Unset): If true, created calls will hang up when the master call hangs up. Example: True.
        early_execution (bool | Unset): If true, the created call executes the flow before call answer. Example: False.
        anonymous (FlowManagerActionOptionCallAnonymous | Unset): Controls anonymous caller ID for outbound PSTN calls.
            "yes" — always send anonymous caller ID (RFC 3323 Privacy header). "no" — never anonymize, always show real
            caller ID. "auto" — inherit from incoming call's Privacy header (default). Only affects PSTN destinations (type
            "tel").
             Example: auto.
    """

    source: CommonAddress | Unset = UNSET
    destinations: list[CommonAddress] | Unset = UNSET
    flow_id: UUID | Unset = UNSET
    actions: list[FlowManagerAction] | Unset = UNSET
    chained: bool | Unset = UNSET
    early_execution: bool | Unset = UNSET
    anonymous: FlowManagerActionOptionCallAnonymous | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.to_dict()

        destinations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.destinations, Unset):
            destinations = []
            for destinations_item_data in self.destinations:
                destinations_item = destinations_item_data.to_dict()
                destinations.append(destinations_item)

        flow_id: str | Unset = UNSET
        if not isinstance(self.flow_id, Unset):
            flow_id = str(self.flow_id)

        actions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = []
            for actions_item_data in self.actions:
                actions_item = actions_item_data.to_dict()
                actions.append(actions_item)

        chained = self.chained

        early_execution = self.early_execution

        anonymous: str | Unset = UNSET
        if not isinstance(self.anonymous, Unset):
            anonymous = self.anonymous.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if source is not UNSET:
            field_dict["source"] = source
        if destinations is not UNSET:
            field_dict["destinations"] = destinations
        if flow_id is not UNSET:
            field_dict["flow_id"] = flow_id
        if actions is not UNSET:
            field_dict["actions"] = actions
        if chained is not UNSET:
            field_dict["chained"] = chained
        if early_execution is not UNSET:
            field_dict["early_execution"] = early_execution
        if anonymous is not UNSET:
            field_dict["anonymous"] = anonymous

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.common_address import CommonAddress
        from ..models.flow_manager_action import FlowManagerAction

        d = dict(src_dict)
        _source = d.pop("source", UNSET)
        source: CommonAddress | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = CommonAddress.from_dict(_source)

        _destinations = d.pop("destinations", UNSET)
        destinations: list[CommonAddress] | Unset = UNSET
        if _destinations is not UNSET:
            destinations = []
            for destinations_item_data in _destinations:
                destinations_item = CommonAddress.from_dict(destinations_item_data)

                destinations.append(destinations_item)

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

        chained = d.pop("chained", UNSET)

        early_execution = d.pop("early_execution", UNSET)

        _anonymous = d.pop("anonymous", UNSET)
        anonymous: FlowManagerActionOptionCallAnonymous | Unset
        if isinstance(_anonymous, Unset):
            anonymous = UNSET
        else:
            anonymous = FlowManagerActionOptionCallAnonymous(_anonymous)

        flow_manager_action_option_call = cls(
            source=source,
            destinations=destinations,
            flow_id=flow_id,
            actions=actions,
            chained=chained,
            early_execution=early_execution,
            anonymous=anonymous,
        )

        flow_manager_action_option_call.additional_properties = d
        return flow_manager_action_option_call

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
