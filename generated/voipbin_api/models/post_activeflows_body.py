from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    model_list,
    new_model,
    open_enum,
)


class PostActiveflowsBody(Model):
    """Attributes:
    id (str | None): Optional client-supplied UUID for the new activeflow. If omitted, the server generates one.
    flow_id (str | None): UUID of an existing flow to run. Obtain it from the id field of a GET /flows or POST
        /flows response. Provide either flow_id or an inline actions array.
    actions (list[Action] | None): Inline action list to run when no flow_id is provided. Provide either flow_id
        or actions.
    variables (PostActiveflowsBodyVariables | None): Optional flat key-value context seeded into the created
        activeflow as runtime variables, readable in the flow via ${key}. String values only. Reserved keys starting
        with 'voipbin.' are ignored. Max 100 keys, 64KB total, 32KB per value.
    webhook_uri (str | None): Optional per-activeflow webhook destination URI. When set, activeflow webhook
        events are delivered additively to this URI in addition to the customer-level webhook destination. Must be a
        valid http or https URL.
    webhook_method (WebhookMethod | None): HTTP method used to deliver the per-activeflow webhook.
    """

    __slots__ = (
        "actions",
        "flow_id",
        "id",
        "variables",
        "webhook_method",
        "webhook_uri",
    )
    _fields = (
        ("id", "id"),
        ("flow_id", "flow_id"),
        ("actions", "actions"),
        ("variables", "variables"),
        ("webhook_uri", "webhook_uri"),
        ("webhook_method", "webhook_method"),
    )
    _wire_names = frozenset(
        {
            "id",
            "flow_id",
            "actions",
            "variables",
            "webhook_uri",
            "webhook_method",
        }
    )

    id: str | None
    flow_id: str | None
    actions: list[Action] | None
    variables: PostActiveflowsBodyVariables | None
    webhook_uri: str | None
    webhook_method: WebhookMethod | None

    def __init__(
        self,
        *,
        id: str | None = None,
        flow_id: str | None = None,
        actions: list[Action] | None = None,
        variables: PostActiveflowsBodyVariables | None = None,
        webhook_uri: str | None = None,
        webhook_method: WebhookMethod | None = None,
    ) -> None:
        self._data = {}
        self.id = id
        self.flow_id = flow_id
        self.actions = actions
        self.variables = variables
        self.webhook_uri = webhook_uri
        self.webhook_method = webhook_method

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "PostActiveflowsBody")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostActiveflowsBody", "id", "str", v)
        self.id = v
        v = get("flow_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostActiveflowsBody", "flow_id", "str", v)
        self.flow_id = v
        v = get("actions")
        if v is not None:
            v = model_list(Action, v, "PostActiveflowsBody", "actions")
        self.actions = v
        v = get("variables")
        if v is not None:
            try:
                v = PostActiveflowsBodyVariables.from_dict(v)
            except FieldError as error:
                raise error.within("PostActiveflowsBody", "variables") from None
        self.variables = v
        v = get("webhook_uri")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostActiveflowsBody", "webhook_uri", "str", v)
        self.webhook_uri = v
        v = get("webhook_method")
        if v is not None:
            m = WebhookMethod._value2member_map_.get(v) if type(v) is str else None
            v = (
                open_enum(WebhookMethod, v, "PostActiveflowsBody", "webhook_method")
                if m is None
                else m
            )
        self.webhook_method = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.action import Action
from ..models.post_activeflows_body_variables import PostActiveflowsBodyVariables
from ..models.webhook_method import WebhookMethod
