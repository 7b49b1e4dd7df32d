from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flow_manager_webhook_method import FlowManagerWebhookMethod
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.flow_manager_action import FlowManagerAction
    from ..models.post_activeflows_body_variables import PostActiveflowsBodyVariables


T = TypeVar("T", bound="PostActiveflowsBody")


@_attrs_define
class PostActiveflowsBody:
    """
    Attributes:
        id (str | Unset): Optional client-supplied UUID for the new activeflow. If omitted, the server generates one.
        flow_id (str | Unset): UUID of an existing flow to run. Obtain it from the id field of a GET /flows or POST
            /flows response. Provide either flow_id or an inline actions array.
        actions (list[FlowManagerAction] | Unset): Inline action list to run when no flow_id is provided. Provide either
            flow_id or actions.
        variables (PostActiveflowsBodyVariables | Unset): Optional flat key-value context seeded into the created
            activeflow as runtime variables, readable in the flow via ${key}. String values only. Reserved keys starting
            with 'voipbin.' are ignored. Max 100 keys, 64KB total, 32KB per value.
             Example: {'campaign_id': 'summer-2026', 'customer_name': 'Jane Doe'}.
        webhook_uri (str | Unset): Optional per-activeflow webhook destination URI. When set, activeflow webhook events
            are delivered additively to this URI in addition to the customer-level webhook destination. Must be a valid http
            or https URL.
             Example: https://example.com/webhooks/activeflow.
        webhook_method (FlowManagerWebhookMethod | Unset): HTTP method used to deliver the per-activeflow webhook.
            Example: POST.
    """

    id: str | Unset = UNSET
    flow_id: str | Unset = UNSET
    actions: list[FlowManagerAction] | Unset = UNSET
    variables: PostActiveflowsBodyVariables | Unset = UNSET
    webhook_uri: str | Unset = UNSET
    webhook_method: FlowManagerWebhookMethod | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        flow_id = self.flow_id

        actions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = []
            for actions_item_data in self.actions:
                actions_item = actions_item_data.to_dict()
                actions.append(actions_item)

        variables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.variables, Unset):
            variables = self.variables.to_dict()

        webhook_uri = self.webhook_uri

        webhook_method: str | Unset = UNSET
        if not isinstance(self.webhook_method, Unset):
            webhook_method = self.webhook_method.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if flow_id is not UNSET:
            field_dict["flow_id"] = flow_id
        if actions is not UNSET:
            field_dict["actions"] = actions
        if variables is not UNSET:
            field_dict["variables"] = variables
        if webhook_uri is not UNSET:
            field_dict["webhook_uri"] = webhook_uri
        if webhook_method is not UNSET:
            field_dict["webhook_method"] = webhook_method

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.flow_manager_action import FlowManagerAction
        from ..models.post_activeflows_body_variables import (
            PostActiveflowsBodyVariables,
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        flow_id = d.pop("flow_id", UNSET)

        _actions = d.pop("actions", UNSET)
        actions: list[FlowManagerAction] | Unset = UNSET
        if _actions is not UNSET:
            actions = []
            for actions_item_data in _actions:
                actions_item = FlowManagerAction.from_dict(actions_item_data)

                actions.append(actions_item)

        _variables = d.pop("variables", UNSET)
        variables: PostActiveflowsBodyVariables | Unset
        if isinstance(_variables, Unset):
            variables = UNSET
        else:
            variables = PostActiveflowsBodyVariables.from_dict(_variables)

        webhook_uri = d.pop("webhook_uri", UNSET)

        _webhook_method = d.pop("webhook_method", UNSET)
        webhook_method: FlowManagerWebhookMethod | Unset
        if isinstance(_webhook_method, Unset):
            webhook_method = UNSET
        else:
            webhook_method = FlowManagerWebhookMethod(_webhook_method)

        post_activeflows_body = cls(
            id=id,
            flow_id=flow_id,
            actions=actions,
            variables=variables,
            webhook_uri=webhook_uri,
            webhook_method=webhook_method,
        )

        post_activeflows_body.additional_properties = d
        return post_activeflows_body

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
