from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.queue_manager_queue_routing_method import QueueManagerQueueRoutingMethod

T = TypeVar("T", bound="PostQueuesBody")


@_attrs_define
class PostQueuesBody:
    """
    Attributes:
        name (str):
        detail (str):
        routing_method (QueueManagerQueueRoutingMethod):  Example: random.
        tag_ids (list[str]):
        wait_flow_id (str): Flow ID for the wait queue.
        wait_timeout (int):
        service_timeout (int):
    """

    name: str
    detail: str
    routing_method: QueueManagerQueueRoutingMethod
    tag_ids: list[str]
    wait_flow_id: str
    wait_timeout: int
    service_timeout: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        detail = self.detail

        routing_method = self.routing_method.value

        tag_ids = self.tag_ids

        wait_flow_id = self.wait_flow_id

        wait_timeout = self.wait_timeout

        service_timeout = self.service_timeout

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "detail": detail,
                "routing_method": routing_method,
                "tag_ids": tag_ids,
                "wait_flow_id": wait_flow_id,
                "wait_timeout": wait_timeout,
                "service_timeout": service_timeout,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        detail = d.pop("detail")

        routing_method = QueueManagerQueueRoutingMethod(d.pop("routing_method"))

        tag_ids = cast(list[str], d.pop("tag_ids"))

        wait_flow_id = d.pop("wait_flow_id")

        wait_timeout = d.pop("wait_timeout")

        service_timeout = d.pop("service_timeout")

        post_queues_body = cls(
            name=name,
            detail=detail,
            routing_method=routing_method,
            tag_ids=tag_ids,
            wait_flow_id=wait_flow_id,
            wait_timeout=wait_timeout,
            service_timeout=service_timeout,
        )

        post_queues_body.additional_properties = d
        return post_queues_body

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
