from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FlowManagerActionOptionFetch")


@_attrs_define
class FlowManagerActionOptionFetch:
    """
    Attributes:
        event_url (str | Unset): URL to fetch flow actions from. Example: https://api.example.com/webhooks/flow-event.
        event_method (str | Unset): HTTP method for the fetch request. Example: POST.
    """

    event_url: str | Unset = UNSET
    event_method: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_url = self.event_url

        event_method = self.event_method

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if event_url is not UNSET:
            field_dict["event_url"] = event_url
        if event_method is not UNSET:
            field_dict["event_method"] = event_method

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        event_url = d.pop("event_url", UNSET)

        event_method = d.pop("event_method", UNSET)

        flow_manager_action_option_fetch = cls(
            event_url=event_url,
            event_method=event_method,
        )

        flow_manager_action_option_fetch.additional_properties = d
        return flow_manager_action_option_fetch

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
