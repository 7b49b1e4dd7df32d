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


class ActionOptionWebhookSend(Model):
    """Attributes:
    sync (bool | None): Indicates whether the webhook is synchronous.
    uri (str | None): The URI to which the webhook is sent.
    method (ActionOptionWebhookSendMethod | None): The HTTP method to use for the webhook.
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
    method: ActionOptionWebhookSendMethod | None
    data_type: str | None
    data: str | None

    def __init__(
        self,
        *,
        sync: bool | None = None,
        uri: str | None = None,
        method: ActionOptionWebhookSendMethod | None = None,
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
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "ActionOptionWebhookSend")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("sync")
        if type(v) is not bool and v is not None:
            raise FieldError("ActionOptionWebhookSend", "sync", "bool", v)
        self.sync = v
        v = get("uri")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ActionOptionWebhookSend", "uri", "str", v)
        self.uri = v
        v = get("method")
        if v is not None:
            m = (
                ActionOptionWebhookSendMethod._value2member_map_.get(v)
                if type(v) is str
                else None
            )
            v = (
                open_enum(
                    ActionOptionWebhookSendMethod,
                    v,
                    "ActionOptionWebhookSend",
                    "method",
                )
                if m is None
                else m
            )
        self.method = v
        v = get("data_type")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ActionOptionWebhookSend", "data_type", "str", v)
        self.data_type = v
        v = get("data")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ActionOptionWebhookSend", "data", "str", v)
        self.data = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.action_option_webhook_send_method import ActionOptionWebhookSendMethod
