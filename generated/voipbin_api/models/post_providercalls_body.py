from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_providercalls_body_anonymous import PostProvidercallsBodyAnonymous
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.common_address import CommonAddress
    from ..models.flow_manager_action import FlowManagerAction


T = TypeVar("T", bound="PostProvidercallsBody")


@_attrs_define
class PostProvidercallsBody:
    """
    Attributes:
        provider_id (UUID): The provider to force the call through. Obtained from the `GET /providers` response.
            Example: 4dbeabd6-f397-4375-95d2-a38411e07ed1.
        destinations (list[CommonAddress]): Dial targets. One Call/Groupcall is created per destination.
        flow_id (UUID | Unset): Optional flow to execute after the destination answers. Obtained from the `GET /flows`
            response. Example: 00000000-0000-0000-0000-000000000000.
        actions (list[FlowManagerAction] | Unset): Optional inline actions. Used when no `flow_id` is supplied.
        source (CommonAddress | Unset): Contains source or destination detail info.
        anonymous (PostProvidercallsBodyAnonymous | Unset): Controls the anonymous caller-ID flag. Defaults to `auto`.
            Example: auto.
    """

    provider_id: UUID
    destinations: list[CommonAddress]
    flow_id: UUID | Unset = UNSET
    actions: list[FlowManagerAction] | Unset = UNSET
    source: CommonAddress | Unset = UNSET
    anonymous: PostProvidercallsBodyAnonymous | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider_id = str(self.provider_id)

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

        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.to_dict()

        anonymous: str | Unset = UNSET
        if not isinstance(self.anonymous, Unset):
            anonymous = self.anonymous.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "provider_id": provider_id,
                "destinations": destinations,
            }
        )
        if flow_id is not UNSET:
            field_dict["flow_id"] = flow_id
        if actions is not UNSET:
            field_dict["actions"] = actions
        if source is not UNSET:
            field_dict["source"] = source
        if anonymous is not UNSET:
            field_dict["anonymous"] = anonymous

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.common_address import CommonAddress
        from ..models.flow_manager_action import FlowManagerAction

        d = dict(src_dict)
        provider_id = UUID(d.pop("provider_id"))

        destinations = []
        _destinations = d.pop("destinations")
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

        _source = d.pop("source", UNSET)
        source: CommonAddress | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = CommonAddress.from_dict(_source)

        _anonymous = d.pop("anonymous", UNSET)
        anonymous: PostProvidercallsBodyAnonymous | Unset
        if isinstance(_anonymous, Unset):
            anonymous = UNSET
        else:
            anonymous = PostProvidercallsBodyAnonymous(_anonymous)

        post_providercalls_body = cls(
            provider_id=provider_id,
            destinations=destinations,
            flow_id=flow_id,
            actions=actions,
            source=source,
            anonymous=anonymous,
        )

        post_providercalls_body.additional_properties = d
        return post_providercalls_body

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
