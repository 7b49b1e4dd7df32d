from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PutRoutesIdBody")


@_attrs_define
class PutRoutesIdBody:
    """
    Attributes:
        name (str): The name of the route.
        detail (str): The detail information of the route.
        provider_id (str): The provider ID for the route.
        priority (int): The priority of the route.
        target (str): The target of the route.
    """

    name: str
    detail: str
    provider_id: str
    priority: int
    target: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        detail = self.detail

        provider_id = self.provider_id

        priority = self.priority

        target = self.target

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "detail": detail,
                "provider_id": provider_id,
                "priority": priority,
                "target": target,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        detail = d.pop("detail")

        provider_id = d.pop("provider_id")

        priority = d.pop("priority")

        target = d.pop("target")

        put_routes_id_body = cls(
            name=name,
            detail=detail,
            provider_id=provider_id,
            priority=priority,
            target=target,
        )

        put_routes_id_body.additional_properties = d
        return put_routes_id_body

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
