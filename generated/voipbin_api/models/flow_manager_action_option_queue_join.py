from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FlowManagerActionOptionQueueJoin")


@_attrs_define
class FlowManagerActionOptionQueueJoin:
    """
    Attributes:
        queue_id (UUID | Unset): The unique identifier of the queue to join. Returned from the `POST /queues` or `GET
            /queues` response. Example: 1a2b3c4d-5e6f-7890-abcd-ef1234567890.
    """

    queue_id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        queue_id: str | Unset = UNSET
        if not isinstance(self.queue_id, Unset):
            queue_id = str(self.queue_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if queue_id is not UNSET:
            field_dict["queue_id"] = queue_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _queue_id = d.pop("queue_id", UNSET)
        queue_id: UUID | Unset
        if isinstance(_queue_id, Unset):
            queue_id = UNSET
        else:
            queue_id = UUID(_queue_id)

        flow_manager_action_option_queue_join = cls(
            queue_id=queue_id,
        )

        flow_manager_action_option_queue_join.additional_properties = d
        return flow_manager_action_option_queue_join

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
