from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
    open_enum,
)


class FlowManagerActionOptionWebhookSend(Model):
    """Attributes:
    sync (bool | None): Indicates whether the webhook is synchronous.
    uri (str | None): The URI to which the webhook is sent.
    method (FlowManagerActionOptionWebhookSendMethod | None): The HTTP method to use for the webhook.
    data_type (str | None): The content type of the data being sent. Example `application/json`.
    data (str | None): The data to send in the webhook.
    """

    __slots__ = ("data", "data_type", "method", "sync", "uri")
    _fields = (
        ("sync", "sync"),
        ("uri", "uri"),
        ("method", "method"),
        ("data_type", "data_type"),
        ("data", "data"),
    )
    _wire_names = frozenset(
        {
            "sync",
            "uri",
            "method",
            "data_type",
            "data",
        }
    )

    sync: bool | None
    uri: str | None
    method: FlowManagerActionOptionWebhookSendMethod | None
    data_type: str | None
    data: str | None

    def __init__(
        self,
        *,
        sync: bool | None = None,
        uri: str | None = None,
        method: FlowManagerActionOptionWebhookSendMethod | None = None,
        data_type: str | None = None,
        data: str | None = None,
    ) -> None:
        self._data = {}
        self.sync = sync
        self.uri = uri
        self.method = method
        self.data_type = data_type
        self.data = data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "FlowManagerActionOptionWebhookSend")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("sync")
        if type(v) is not bool and v is not None:
            raise FieldError("FlowManagerActionOptionWebhookSend", "sync", "bool", v)
        self.sync = v
        v = get("uri")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("FlowManagerActionOptionWebhookSend", "uri", "str", v)
        self.uri = v
        v = get("method")
        if v is not None:
            v = open_enum(
                FlowManagerActionOptionWebhookSendMethod,
                v,
                "FlowManagerActionOptionWebhookSend",
                "method",
            )
        self.method = v
        v = get("data_type")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError(
                "FlowManagerActionOptionWebhookSend", "data_type", "str", v
            )
        self.data_type = v
        v = get("data")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("FlowManagerActionOptionWebhookSend", "data", "str", v)
        self.data = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.flow_manager_action_option_webhook_send_method import (
    FlowManagerActionOptionWebhookSendMethod,
)
