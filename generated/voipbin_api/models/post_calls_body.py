from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_calls_body_anonymous import PostCallsBodyAnonymous
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.common_address import CommonAddress
    from ..models.flow_manager_action import FlowManagerAction
    from ..models.post_calls_body_variables import PostCallsBodyVariables


T = TypeVar("T", bound="PostCallsBody")


@_attrs_define
class PostCallsBody:
    """
    Attributes:
        flow_id (UUID | Unset): The flow to execute for this call. The flow ID returned from the POST /flows or GET
            /flows response. Provide either flow_id or actions. If both are supplied, flow_id takes precedence and actions
            is ignored. Example: f1a2b3c4-d5e6-7890-1234-567890abcdef.
        actions (list[FlowManagerAction] | Unset): Inline flow actions used to build an ephemeral flow for this call.
            Provide either flow_id or actions. Ignored if flow_id is set.
        source (CommonAddress | Unset): Contains source or destination detail info.
        destinations (list[CommonAddress] | Unset):
        anonymous (PostCallsBodyAnonymous | Unset): Controls anonymous caller ID for outbound PSTN calls. "yes" — always
            send anonymous caller ID (RFC 3323 Privacy header). "no" — never anonymize, always show real caller ID. "auto" —
            inherit from incoming call's Privacy header (default).
             Example: auto.
        variables (PostCallsBodyVariables | Unset): Optional flat key-value context seeded into the new call's flow as
            runtime variables, readable in the flow via ${key}. String values only. Reserved keys starting with 'voipbin.'
            are ignored. Max 100 keys, 64KB total, 32KB per value.
             Example: {'campaign_id': 'summer-2026', 'customer_name': 'Jane Doe'}.
    """

    flow_id: UUID | Unset = UNSET
    actions: list[FlowManagerAction] | Unset = UNSET
    source: CommonAddress | Unset = UNSET
    destinations: list[CommonAddress] | Unset = UNSET
    anonymous: PostCallsBodyAnonymous | Unset = UNSET
    variables: PostCallsBodyVariables | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        flow_id: str | Unset = UNSET
        if not isinstance(self.flow_id, Unset):
            flow_id = str(self.flow_id)

        actions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = []
            for actions_item_data in self.actions:
                actions_item = actions_item_data.to_dict()
                actions.append(actions_item)

        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.to_dict()

        destinations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.destinations, Unset):
            destinations = []
            for destinations_item_data in self.destinations:
                destinations_item = destinations_item_data.to_dict()
                destinations.append(destinations_item)

        anonymous: str | Unset = UNSET
        if not isinstance(self.anonymous, Unset):
            anonymous = self.anonymous.value

        variables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.variables, Unset):
            variables = self.variables.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if flow_id is not UNSET:
            field_dict["flow_id"] = flow_id
        if actions is not UNSET:
            field_dict["actions"] = actions
        if source is not UNSET:
            field_dict["source"] = source
        if destinations is not UNSET:
            field_dict["destinations"] = destinations
        if anonymous is not UNSET:
            field_dict["anonymous"] = anonymous
        if variables is not UNSET:
            field_dict["variables"] = variables

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.common_address import CommonAddress
        from ..models.flow_manager_action import FlowManagerAction
        from ..models.post_calls_body_variables import PostCallsBodyVariables

        d = dict(src_dict)
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

        _anonymous = d.pop("anonymous", UNSET)
        anonymous: PostCallsBodyAnonymous | Unset
        if isinstance(_anonymous, Unset):
            anonymous = UNSET
        else:
            anonymous = PostCallsBodyAnonymous(_anonymous)

        _variables = d.pop("variables", UNSET)
        variables: PostCallsBodyVariables | Unset
        if isinstance(_variables, Unset):
            variables = UNSET
        else:
            variables = PostCallsBodyVariables.from_dict(_variables)

        post_calls_body = cls(
            flow_id=flow_id,
            actions=actions,
            source=source,
            destinations=destinations,
            anonymous=anonymous,
            variables=variables,
        )

        post_calls_body.additional_properties = d
        return post_calls_body

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
