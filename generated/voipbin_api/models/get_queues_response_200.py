from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.queue_manager_queue import QueueManagerQueue


T = TypeVar("T", bound="GetQueuesResponse200")


@_attrs_define
class GetQueuesResponse200:
    """
    Attributes:
        next_page_token (str | Unset): Cursor token for the next page of results. Pass this value as the page_token
            parameter in the next request.
        result (list[QueueManagerQueue] | None | Unset):
    """

    next_page_token: str | Unset = UNSET
    result: list[QueueManagerQueue] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        next_page_token = self.next_page_token

        result: list[dict[str, Any]] | None | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        elif isinstance(self.result, list):
            result = []
            for result_type_0_item_data in self.result:
                result_type_0_item = result_type_0_item_data.to_dict()
                result.append(result_type_0_item)

        else:
            result = self.result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if next_page_token is not UNSET:
            field_dict["next_page_token"] = next_page_token
        if result is not UNSET:
            field_dict["result"] = result

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.queue_manager_queue import QueueManagerQueue

        d = dict(src_dict)
        next_page_token = d.pop("next_page_token", UNSET)

        def _parse_result(data: object) -> list[QueueManagerQueue] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError(f"result: unexpected {type(data).__name__}")
            result_type_0 = []
            _result_type_0 = data
            for result_type_0_item_data in _result_type_0:
                result_type_0_item = QueueManagerQueue.from_dict(
                    result_type_0_item_data
                )

                result_type_0.append(result_type_0_item)

            return result_type_0

        result = _parse_result(d.pop("result", UNSET))

        get_queues_response_200 = cls(
            next_page_token=next_page_token,
            result=result,
        )

        get_queues_response_200.additional_properties = d
        return get_queues_response_200

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
