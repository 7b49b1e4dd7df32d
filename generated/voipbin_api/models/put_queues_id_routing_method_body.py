from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.queue_manager_queue_routing_method import QueueManagerQueueRoutingMethod

T = TypeVar("T", bound="PutQueuesIdRoutingMethodBody")


@_attrs_define
class PutQueuesIdRoutingMethodBody:
    """
    Attributes:
        routing_method (QueueManagerQueueRoutingMethod):  Example: random.
    """

    routing_method: QueueManagerQueueRoutingMethod
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        routing_method = self.routing_method.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "routing_method": routing_method,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        routing_method = QueueManagerQueueRoutingMethod(d.pop("routing_method"))

        put_queues_id_routing_method_body = cls(
            routing_method=routing_method,
        )

        put_queues_id_routing_method_body.additional_properties = d
        return put_queues_id_routing_method_body

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
