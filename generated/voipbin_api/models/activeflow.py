from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    UTC,
    FieldError,
    Model,
    as_object,
    fromisoformat,
    in_utc,
    model_list,
    new_model,
    open_enum,
    timestamp,
)


class Activeflow(Model):
    """Attributes:
    id (str): Unique identifier for the activeflow.
    customer_id (str): The unique identifier of the customer associated with this activeflow. Returned from the
        `GET /customers` response.
    flow_id (str): The unique identifier of the flow definition. Returned from the `POST /flows` or `GET /flows`
        response.
    reference_id (str): The unique identifier of the referenced resource. The actual resource type is determined
        by `reference_type`. Returned from the corresponding resource endpoint.
    reference_activeflow_id (str): The unique identifier of the referenced activeflow. Returned from the `GET
        /activeflows` response.
    on_complete_flow_id (str): The unique identifier of the flow to execute on completion. Returned from the
        `POST /flows` or `GET /flows` response.
    current_action (Action):
    forward_action_id (str): The unique identifier of the next action to execute. References an action `id`
        within the current flow's `actions` array.
    tm_create (datetime.datetime | None): Timestamp when the flow was created.
    tm_update (datetime.datetime | None): Timestamp when the flow was last updated.
    tm_delete (datetime.datetime | None): Timestamp when the flow was deleted.
    status (ActiveflowStatus | None): Status of the activeflow.
    reference_type (ReferenceType | None): Reference type of activeflow.
    webhook_uri (str | None): Optional per-activeflow webhook destination URI. When set, activeflow webhook
        events are delivered additively to this URI in addition to the customer-level webhook destination.
    webhook_method (WebhookMethod | None): HTTP method used to deliver the per-activeflow webhook.
    executed_actions (list[Action] | None): List of actions that have been executed.
    """

    __slots__ = (
        "current_action",
        "customer_id",
        "executed_actions",
        "flow_id",
        "forward_action_id",
        "id",
        "on_complete_flow_id",
        "reference_activeflow_id",
        "reference_id",
        "reference_type",
        "status",
        "tm_create",
        "tm_delete",
        "tm_update",
        "webhook_method",
        "webhook_uri",
    )
    _fields = (
        ("id", "id"),
        ("customer_id", "customer_id"),
        ("flow_id", "flow_id"),
        ("reference_id", "reference_id"),
        ("reference_activeflow_id", "reference_activeflow_id"),
        ("on_complete_flow_id", "on_complete_flow_id"),
        ("current_action", "current_action"),
        ("forward_action_id", "forward_action_id"),
        ("tm_create", "tm_create"),
        ("tm_update", "tm_update"),
        ("tm_delete", "tm_delete"),
        ("status", "status"),
        ("reference_type", "reference_type"),
        ("webhook_uri", "webhook_uri"),
        ("webhook_method", "webhook_method"),
        ("executed_actions", "executed_actions"),
    )
    _wire_names = frozenset(
        {
            "id",
            "customer_id",
            "flow_id",
            "reference_id",
            "reference_activeflow_id",
            "on_complete_flow_id",
            "current_action",
            "forward_action_id",
            "tm_create",
            "tm_update",
            "tm_delete",
            "status",
            "reference_type",
            "webhook_uri",
            "webhook_method",
            "executed_actions",
        }
    )

    id: str
    customer_id: str
    flow_id: str
    reference_id: str
    reference_activeflow_id: str
    on_complete_flow_id: str
    current_action: Action
    forward_action_id: str
    tm_create: datetime.datetime | None
    tm_update: datetime.datetime | None
    tm_delete: datetime.datetime | None
    status: ActiveflowStatus | None
    reference_type: ReferenceType | None
    webhook_uri: str | None
    webhook_method: WebhookMethod | None
    executed_actions: list[Action] | None

    def __init__(
        self,
        *,
        id: str | None = None,
        customer_id: str | None = None,
        flow_id: str | None = None,
        reference_id: str | None = None,
        reference_activeflow_id: str | None = None,
        on_complete_flow_id: str | None = None,
        current_action: Action | None = None,
        forward_action_id: str | None = None,
        tm_create: datetime.datetime | None = None,
        tm_update: datetime.datetime | None = None,
        tm_delete: datetime.datetime | None = None,
        status: ActiveflowStatus | None = None,
        reference_type: ReferenceType | None = None,
        webhook_uri: str | None = None,
        webhook_method: WebhookMethod | None = None,
        executed_actions: list[Action] | None = None,
    ) -> None:
        self._data = {}
        self.id = id  # type: ignore[assignment]
        self.customer_id = customer_id  # type: ignore[assignment]
        self.flow_id = flow_id  # type: ignore[assignment]
        self.reference_id = reference_id  # type: ignore[assignment]
        self.reference_activeflow_id = reference_activeflow_id  # type: ignore[assignment]
        self.on_complete_flow_id = on_complete_flow_id  # type: ignore[assignment]
        self.current_action = current_action  # type: ignore[assignment]
        self.forward_action_id = forward_action_id  # type: ignore[assignment]
        self.tm_create = tm_create
        self.tm_update = tm_update
        self.tm_delete = tm_delete
        self.status = status
        self.reference_type = reference_type
        self.webhook_uri = webhook_uri
        self.webhook_method = webhook_method
        self.executed_actions = executed_actions

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = src_dict if type(src_dict) is dict else as_object(src_dict, "Activeflow")
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Activeflow", "id", "str", v)
        self.id = v
        v = get("customer_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Activeflow", "customer_id", "str", v)
        self.customer_id = v
        v = get("flow_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Activeflow", "flow_id", "str", v)
        self.flow_id = v
        v = get("reference_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Activeflow", "reference_id", "str", v)
        self.reference_id = v
        v = get("reference_activeflow_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Activeflow", "reference_activeflow_id", "str", v)
        self.reference_activeflow_id = v
        v = get("on_complete_flow_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Activeflow", "on_complete_flow_id", "str", v)
        self.on_complete_flow_id = v
        v = get("current_action")
        if v is not None:
            try:
                v = Action.from_dict(v)
            except FieldError as error:
                raise error.within("Activeflow", "current_action") from None
        self.current_action = v
        v = get("forward_action_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Activeflow", "forward_action_id", "str", v)
        self.forward_action_id = v
        v = get("tm_create")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Activeflow", "tm_create")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_create = v
        v = get("tm_update")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Activeflow", "tm_update")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_update = v
        v = get("tm_delete")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Activeflow", "tm_delete")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_delete = v
        v = get("status")
        if v is not None:
            m = ActiveflowStatus._value2member_map_.get(v) if type(v) is str else None
            v = (
                open_enum(ActiveflowStatus, v, "Activeflow", "status")
                if m is None
                else m
            )
        self.status = v
        v = get("reference_type")
        if v is not None:
            m = ReferenceType._value2member_map_.get(v) if type(v) is str else None
            v = (
                open_enum(ReferenceType, v, "Activeflow", "reference_type")
                if m is None
                else m
            )
        self.reference_type = v
        v = get("webhook_uri")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Activeflow", "webhook_uri", "str", v)
        self.webhook_uri = v
        v = get("webhook_method")
        if v is not None:
            m = WebhookMethod._value2member_map_.get(v) if type(v) is str else None
            v = (
                open_enum(WebhookMethod, v, "Activeflow", "webhook_method")
                if m is None
                else m
            )
        self.webhook_method = v
        v = get("executed_actions")
        if v is not None:
            v = model_list(Action, v, "Activeflow", "executed_actions")
        self.executed_actions = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.action import Action
from ..models.activeflow_status import ActiveflowStatus
from ..models.reference_type import ReferenceType
from ..models.webhook_method import WebhookMethod
