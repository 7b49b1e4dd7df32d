from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PostExtensionsBody")


@_attrs_define
class PostExtensionsBody:
    """
    Attributes:
        extension (str):
        password (str):
        name (str):
        detail (str):
    """

    extension: str
    password: str
    name: str
    detail: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        extension = self.extension

        password = self.password

        name = self.name

        detail = self.detail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "extension": extension,
                "password": password,
                "name": name,
                "detail": detail,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        extension = d.pop("extension")

        password = d.pop("password")

        name = d.pop("name")

        detail = d.pop("detail")

        post_extensions_body = cls(
            extension=extension,
            password=password,
            name=name,
            detail=detail,
        )

        post_extensions_body.additional_properties = d
        return post_extensions_body

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
