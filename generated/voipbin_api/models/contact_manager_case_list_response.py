from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_manager_case import ContactManagerCase


T = TypeVar("T", bound="ContactManagerCaseListResponse")


@_attrs_define
class ContactManagerCaseListResponse:
    """
    Attributes:
        result (list[ContactManagerCase] | Unset): List of cases.
        next_page_token (str | Unset): Pagination token for the next page. Empty when no further pages exist. Example:
            2026-06-01T09:30:01.000000Z.
    """

    result: list[ContactManagerCase] | Unset = UNSET
    next_page_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        result: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = []
            for result_item_data in self.result:
                result_item = result_item_data.to_dict()
                result.append(result_item)

        next_page_token = self.next_page_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if result is not UNSET:
            field_dict["result"] = result
        if next_page_token is not UNSET:
            field_dict["next_page_token"] = next_page_token

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.contact_manager_case import ContactManagerCase

        d = dict(src_dict)
        _result = d.pop("result", UNSET)
        result: list[ContactManagerCase] | Unset = UNSET
        if _result is not UNSET:
            result = []
            for result_item_data in _result:
                result_item = ContactManagerCase.from_dict(result_item_data)

                result.append(result_item)

        next_page_token = d.pop("next_page_token", UNSET)

        contact_manager_case_list_response = cls(
            result=result,
            next_page_token=next_page_token,
        )

        contact_manager_case_list_response.additional_properties = d
        return contact_manager_case_list_response

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
