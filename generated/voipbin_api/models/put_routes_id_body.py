from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PutRoutesIdBody")


@_attrs_define
class PutRoutesIdBody:
    """
    Attributes:
        provider_id (str): The provider ID for the route.
        priority (int): The priority of the route.
        target (str): The target of the route.
        name (str | Unset): The name of the route.
        detail (str | Unset): The detail information of the route.
    """

    provider_id: str
    priority: int
    target: str
    name: str | Unset = UNSET
    detail: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider_id = self.provider_id

        priority = self.priority

        target = self.target

        name = self.name

        detail = self.detail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "provider_id": provider_id,
                "priority": priority,
                "target": target,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if detail is not UNSET:
            field_dict["detail"] = detail

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        provider_id = d.pop("provider_id")

        priority = d.pop("priority")

        target = d.pop("target")

        name = d.pop("name", UNSET)

        detail = d.pop("detail", UNSET)

        put_routes_id_body = cls(
            provider_id=provider_id,
            priority=priority,
            target=target,
            name=name,
            detail=detail,
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
