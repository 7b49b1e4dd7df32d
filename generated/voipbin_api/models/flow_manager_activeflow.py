from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flow_manager_activeflow_status import FlowManagerActiveflowStatus
from ..models.flow_manager_reference_type import FlowManagerReferenceType
from ..models.flow_manager_webhook_method import FlowManagerWebhookMethod
from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.flow_manager_action import FlowManagerAction


T = TypeVar("T", bound="FlowManagerActiveflow")


@_attrs_define
class FlowManagerActiveflow:
    """
    Attributes:
        id (UUID | Unset): Unique identifier for the activeflow. Example: d4e5f6a7-b8c9-0123-4567-890abcdef012.
        customer_id (UUID | Unset): The unique identifier of the customer associated with this activeflow. Returned from
            the `GET /customers` response. Example: 7c4d2f3a-1b8e-4f5c-9a6d-3e2f1a0b4c5d.
        flow_id (UUID | Unset): The unique identifier of the flow definition. Returned from the `POST /flows` or `GET
            /flows` response. Example: a1b2c3d4-e5f6-7890-1234-567890abcdef.
        status (FlowManagerActiveflowStatus | Unset): Status of the activeflow. Example: running.
        reference_type (FlowManagerReferenceType | Unset): Reference type of activeflow. Example: call.
        reference_id (UUID | Unset): The unique identifier of the referenced resource. The actual resource type is
            determined by `reference_type`. Returned from the corresponding resource endpoint. Example:
            f6a7b8c9-d0e1-2345-6789-0abcdef01234.
        reference_activeflow_id (UUID | Unset): The unique identifier of the referenced activeflow. Returned from the
            `GET /activeflows` response. Example: d4e5f6a7-b8c9-0123-4567-890abcdef012.
        on_complete_flow_id (UUID | Unset): The unique identifier of the flow to execute on completion. Returned from
            the `POST /flows` or `GET /flows` response. Example: a1b2c3d4-e5f6-7890-1234-567890abcdef.
        webhook_uri (str | Unset): Optional per-activeflow webhook destination URI. When set, activeflow webhook events
            are delivered additively to this URI in addition to the customer-level webhook destination.
             Example: https://example.com/webhooks/activeflow.
        webhook_method (FlowManagerWebhookMethod | Unset): HTTP method used to deliver the per-activeflow webhook.
            Example: POST.
        current_action (FlowManagerAction | Unset):
        forward_action_id (UUID | Unset): The unique identifier of the next action to execute. References an action `id`
            within the current flow's `actions` array. Example: 550e8400-e29b-41d4-a716-446655440000.
        executed_actions (list[FlowManagerAction] | Unset): List of actions that have been executed.
        tm_create (datetime.datetime | None | Unset): Timestamp when the flow was created. Example:
            2026-01-15T09:30:00.000000Z.
        tm_update (datetime.datetime | None | Unset): Timestamp when the flow was last updated. Example:
            2026-01-15T09:30:00.000000Z.
        tm_delete (datetime.datetime | None | Unset): Timestamp when the flow was deleted. Example:
            2026-01-15T09:30:00.000000Z.
    """

    id: UUID | Unset = UNSET
    customer_id: UUID | Unset = UNSET
    flow_id: UUID | Unset = UNSET
    status: FlowManagerActiveflowStatus | Unset = UNSET
    reference_type: FlowManagerReferenceType | Unset = UNSET
    reference_id: UUID | Unset = UNSET
    reference_activeflow_id: UUID | Unset = UNSET
    on_complete_flow_id: UUID | Unset = UNSET
    webhook_uri: str | Unset = UNSET
    webhook_method: FlowManagerWebhookMethod | Unset = UNSET
    current_action: FlowManagerAction | Unset = UNSET
    forward_action_id: UUID | Unset = UNSET
    executed_actions: list[FlowManagerAction] | Unset = UNSET
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

        flow_id: str | Unset = UNSET
        if not isinstance(self.flow_id, Unset):
            flow_id = str(self.flow_id)

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        reference_type: str | Unset = UNSET
        if not isinstance(self.reference_type, Unset):
            reference_type = self.reference_type.value

        reference_id: str | Unset = UNSET
        if not isinstance(self.reference_id, Unset):
            reference_id = str(self.reference_id)

        reference_activeflow_id: str | Unset = UNSET
        if not isinstance(self.reference_activeflow_id, Unset):
            reference_activeflow_id = str(self.reference_activeflow_id)

        on_complete_flow_id: str | Unset = UNSET
        if not isinstance(self.on_complete_flow_id, Unset):
            on_complete_flow_id = str(self.on_complete_flow_id)

        webhook_uri = self.webhook_uri

        webhook_method: str | Unset = UNSET
        if not isinstance(self.webhook_method, Unset):
            webhook_method = self.webhook_method.value

        current_action: dict[str, Any] | Unset = UNSET
        if not isinstance(self.current_action, Unset):
            current_action = self.current_action.to_dict()

        forward_action_id: str | Unset = UNSET
        if not isinstance(self.forward_action_id, Unset):
            forward_action_id = str(self.forward_action_id)

        executed_actions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.executed_actions, Unset):
            executed_actions = []
            for executed_actions_item_data in self.executed_actions:
                executed_actions_item = executed_actions_item_data.to_dict()
                executed_actions.append(executed_actions_item)

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
        if flow_id is not UNSET:
            field_dict["flow_id"] = flow_id
        if status is not UNSET:
            field_dict["status"] = status
        if reference_type is not UNSET:
            field_dict["reference_type"] = reference_type
        if reference_id is not UNSET:
            field_dict["reference_id"] = reference_id
        if reference_activeflow_id is not UNSET:
            field_dict["reference_activeflow_id"] = reference_activeflow_id
        if on_complete_flow_id is not UNSET:
            field_dict["on_complete_flow_id"] = on_complete_flow_id
        if webhook_uri is not UNSET:
            field_dict["webhook_uri"] = webhook_uri
        if webhook_method is not UNSET:
            field_dict["webhook_method"] = webhook_method
        if current_action is not UNSET:
            field_dict["current_action"] = current_action
        if forward_action_id is not UNSET:
            field_dict["forward_action_id"] = forward_action_id
        if executed_actions is not UNSET:
            field_dict["executed_actions"] = executed_actions
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

        _flow_id = d.pop("flow_id", UNSET)
        flow_id: UUID | Unset
        if isinstance(_flow_id, Unset):
            flow_id = UNSET
        else:
            flow_id = UUID(_flow_id)

        _status = d.pop("status", UNSET)
        status: FlowManagerActiveflowStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = FlowManagerActiveflowStatus(_status)

        _reference_type = d.pop("reference_type", UNSET)
        reference_type: FlowManagerReferenceType | Unset
        if isinstance(_reference_type, Unset):
            reference_type = UNSET
        else:
            reference_type = FlowManagerReferenceType(_reference_type)

        _reference_id = d.pop("reference_id", UNSET)
        reference_id: UUID | Unset
        if isinstance(_reference_id, Unset):
            reference_id = UNSET
        else:
            reference_id = UUID(_reference_id)

        _reference_activeflow_id = d.pop("reference_activeflow_id", UNSET)
        reference_activeflow_id: UUID | Unset
        if isinstance(_reference_activeflow_id, Unset):
            reference_activeflow_id = UNSET
        else:
            reference_activeflow_id = UUID(_reference_activeflow_id)

        _on_complete_flow_id = d.pop("on_complete_flow_id", UNSET)
        on_complete_flow_id: UUID | Unset
        if isinstance(_on_complete_flow_id, Unset):
            on_complete_flow_id = UNSET
        else:
            on_complete_flow_id = UUID(_on_complete_flow_id)

        webhook_uri = d.pop("webhook_uri", UNSET)

        _webhook_method = d.pop("webhook_method", UNSET)
        webhook_method: FlowManagerWebhookMethod | Unset
        if isinstance(_webhook_method, Unset):
            webhook_method = UNSET
        else:
            webhook_method = FlowManagerWebhookMethod(_webhook_method)

        _current_action = d.pop("current_action", UNSET)
        current_action: FlowManagerAction | Unset
        if isinstance(_current_action, Unset):
            current_action = UNSET
        else:
            current_action = FlowManagerAction.from_dict(_current_action)

        _forward_action_id = d.pop("forward_action_id", UNSET)
        forward_action_id: UUID | Unset
        if isinstance(_forward_action_id, Unset):
            forward_action_id = UNSET
        else:
            forward_action_id = UUID(_forward_action_id)

        _executed_actions = d.pop("executed_actions", UNSET)
        executed_actions: list[FlowManagerAction] | Unset = UNSET
        if _executed_actions is not UNSET:
            executed_actions = []
            for executed_actions_item_data in _executed_actions:
                executed_actions_item = FlowManagerAction.from_dict(
                    executed_actions_item_data
                )

                executed_actions.append(executed_actions_item)

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

        flow_manager_activeflow = cls(
            id=id,
            customer_id=customer_id,
            flow_id=flow_id,
            status=status,
            reference_type=reference_type,
            reference_id=reference_id,
            reference_activeflow_id=reference_activeflow_id,
            on_complete_flow_id=on_complete_flow_id,
            webhook_uri=webhook_uri,
            webhook_method=webhook_method,
            current_action=current_action,
            forward_action_id=forward_action_id,
            executed_actions=executed_actions,
            tm_create=tm_create,
            tm_update=tm_update,
            tm_delete=tm_delete,
        )

        flow_manager_activeflow.additional_properties = d
        return flow_manager_activeflow

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
