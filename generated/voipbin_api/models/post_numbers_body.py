from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.number_manager_number_type import NumberManagerNumberType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PostNumbersBody")


@_attrs_define
class PostNumbersBody:
    """
    Attributes:
        number (str): The phone number.
        call_flow_id (str): The ID of the call flow.
        message_flow_id (str): The ID of the message flow.
        name (str): The name of the number.
        detail (str): Additional details about the number.
        type_ (NumberManagerNumberType | Unset): The type of the number. Example: normal.
    """

    number: str
    call_flow_id: str
    message_flow_id: str
    name: str
    detail: str
    type_: NumberManagerNumberType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        call_flow_id = self.call_flow_id

        message_flow_id = self.message_flow_id

        name = self.name

        detail = self.detail

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "number": number,
                "call_flow_id": call_flow_id,
                "message_flow_id": message_flow_id,
                "name": name,
                "detail": detail,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        number = d.pop("number")

        call_flow_id = d.pop("call_flow_id")

        message_flow_id = d.pop("message_flow_id")

        name = d.pop("name")

        detail = d.pop("detail")

        _type_ = d.pop("type", UNSET)
        type_: NumberManagerNumberType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = NumberManagerNumberType(_type_)

        post_numbers_body = cls(
            number=number,
            call_flow_id=call_flow_id,
            message_flow_id=message_flow_id,
            name=name,
            detail=detail,
            type_=type_,
        )

        post_numbers_body.additional_properties = d
        return post_numbers_body

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
