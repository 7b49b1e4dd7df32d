from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.call_manager_call import CallManagerCall
    from ..models.call_manager_groupcall import CallManagerGroupcall


T = TypeVar("T", bound="PostCallsResponse200")


@_attrs_define
class PostCallsResponse200:
    """
    Attributes:
        calls (list[CallManagerCall] | Unset):
        groupcalls (list[CallManagerGroupcall] | Unset):
    """

    calls: list[CallManagerCall] | Unset = UNSET
    groupcalls: list[CallManagerGroupcall] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        calls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.calls, Unset):
            calls = []
            for calls_item_data in self.calls:
                calls_item = calls_item_data.to_dict()
                calls.append(calls_item)

        groupcalls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.groupcalls, Unset):
            groupcalls = []
            for groupcalls_item_data in self.groupcalls:
                groupcalls_item = groupcalls_item_data.to_dict()
                groupcalls.append(groupcalls_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if calls is not UNSET:
            field_dict["calls"] = calls
        if groupcalls is not UNSET:
            field_dict["groupcalls"] = groupcalls

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.call_manager_call import CallManagerCall
        from ..models.call_manager_groupcall import CallManagerGroupcall

        d = dict(src_dict)
        _calls = d.pop("calls", UNSET)
        calls: list[CallManagerCall] | Unset = UNSET
        if _calls is not UNSET:
            calls = []
            for calls_item_data in _calls:
                calls_item = CallManagerCall.from_dict(calls_item_data)

                calls.append(calls_item)

        _groupcalls = d.pop("groupcalls", UNSET)
        groupcalls: list[CallManagerGroupcall] | Unset = UNSET
        if _groupcalls is not UNSET:
            groupcalls = []
            for groupcalls_item_data in _groupcalls:
                groupcalls_item = CallManagerGroupcall.from_dict(groupcalls_item_data)

                groupcalls.append(groupcalls_item)

        post_calls_response_200 = cls(
            calls=calls,
            groupcalls=groupcalls,
        )

        post_calls_response_200.additional_properties = d
        return post_calls_response_200

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
