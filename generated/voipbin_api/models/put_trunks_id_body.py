from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.registrar_manager_auth_type import RegistrarManagerAuthType

T = TypeVar("T", bound="PutTrunksIdBody")


@_attrs_define
class PutTrunksIdBody:
    """
    Attributes:
        name (str):
        detail (str):
        auth_types (list[RegistrarManagerAuthType]):
        username (str):
        password (str):
        allowed_ips (list[str]):
    """

    name: str
    detail: str
    auth_types: list[RegistrarManagerAuthType]
    username: str
    password: str
    allowed_ips: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        detail = self.detail

        auth_types = []
        for auth_types_item_data in self.auth_types:
            auth_types_item = auth_types_item_data.value
            auth_types.append(auth_types_item)

        username = self.username

        password = self.password

        allowed_ips = self.allowed_ips

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "detail": detail,
                "auth_types": auth_types,
                "username": username,
                "password": password,
                "allowed_ips": allowed_ips,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        detail = d.pop("detail")

        auth_types = []
        _auth_types = d.pop("auth_types")
        for auth_types_item_data in _auth_types:
            auth_types_item = RegistrarManagerAuthType(auth_types_item_data)

            auth_types.append(auth_types_item)

        username = d.pop("username")

        password = d.pop("password")

        allowed_ips = cast(list[str], d.pop("allowed_ips"))

        put_trunks_id_body = cls(
            name=name,
            detail=detail,
            auth_types=auth_types,
            username=username,
            password=password,
            allowed_ips=allowed_ips,
        )

        put_trunks_id_body.additional_properties = d
        return put_trunks_id_body

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
