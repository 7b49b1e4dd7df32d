from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flow_manager_action_option_webhook_send_method import (
    FlowManagerActionOptionWebhookSendMethod,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="FlowManagerActionOptionWebhookSend")


@_attrs_define
class FlowManagerActionOptionWebhookSend:
    """
    Attributes:
        sync (bool | Unset): Indicates whether the webhook is synchronous. Example: False.
        uri (str | Unset): The URI to which the webhook is sent. Example: https://api.example.com/webhooks.
        method (FlowManagerActionOptionWebhookSendMethod | Unset): The HTTP method to use for the webhook. Example:
            POST.
        data_type (str | Unset): The content type of the data being sent. Example `application/json`. Example:
            application/json.
        data (str | Unset): The data to send in the webhook. Example: {}.
    """

    sync: bool | Unset = UNSET
    uri: str | Unset = UNSET
    method: FlowManagerActionOptionWebhookSendMethod | Unset = UNSET
    data_type: str | Unset = UNSET
    data: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sync = self.sync

        uri = self.uri

        method: str | Unset = UNSET
        if not isinstance(self.method, Unset):
            method = self.method.value

        data_type = self.data_type

        data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sync is not UNSET:
            field_dict["sync"] = sync
        if uri is not UNSET:
            field_dict["uri"] = uri
        if method is not UNSET:
            field_dict["method"] = method
        if data_type is not UNSET:
            field_dict["data_type"] = data_type
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        sync = d.pop("sync", UNSET)

        uri = d.pop("uri", UNSET)

        _method = d.pop("method", UNSET)
        method: FlowManagerActionOptionWebhookSendMethod | Unset
        if isinstance(_method, Unset):
            method = UNSET
        else:
            method = FlowManagerActionOptionWebhookSendMethod(_method)

        data_type = d.pop("data_type", UNSET)

        data = d.pop("data", UNSET)

        flow_manager_action_option_webhook_send = cls(
            sync=sync,
            uri=uri,
            method=method,
            data_type=data_type,
            data=data,
        )

        flow_manager_action_option_webhook_send.additional_properties = d
        return flow_manager_action_option_webhook_send

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
