from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ai_manager_message_tool_calls_item_function import (
        AIManagerMessageToolCallsItemFunction,
    )


T = TypeVar("T", bound="AIManagerMessageToolCallsItem")


@_attrs_define
class AIManagerMessageToolCallsItem:
    """
    Attributes:
        id (str | Unset): The unique identifier of the tool call. Example: call_abc123.
        type_ (str | Unset): The type of tool call. Example: function.
        function (AIManagerMessageToolCallsItemFunction | Unset): The function call details.
    """

    id: str | Unset = UNSET
    type_: str | Unset = UNSET
    function: AIManagerMessageToolCallsItemFunction | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        function: dict[str, Any] | Unset = UNSET
        if not isinstance(self.function, Unset):
            function = self.function.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if function is not UNSET:
            field_dict["function"] = function

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ai_manager_message_tool_calls_item_function import (
            AIManagerMessageToolCallsItemFunction,
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        type_ = d.pop("type", UNSET)

        _function = d.pop("function", UNSET)
        function: AIManagerMessageToolCallsItemFunction | Unset
        if isinstance(_function, Unset):
            function = UNSET
        else:
            function = AIManagerMessageToolCallsItemFunction.from_dict(_function)

        ai_manager_message_tool_calls_item = cls(
            id=id,
            type_=type_,
            function=function,
        )

        ai_manager_message_tool_calls_item.additional_properties = d
        return ai_manager_message_tool_calls_item

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
