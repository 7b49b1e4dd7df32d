from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.put_conferences_id_body_data import PutConferencesIdBodyData


T = TypeVar("T", bound="PutConferencesIdBody")


@_attrs_define
class PutConferencesIdBody:
    """
    Attributes:
        name (str):
        detail (str):
        data (PutConferencesIdBodyData): Custom data associated with the conference.
        timeout (int):
        pre_flow_id (str):
        post_flow_id (str):
    """

    name: str
    detail: str
    data: PutConferencesIdBodyData
    timeout: int
    pre_flow_id: str
    post_flow_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        detail = self.detail

        data = self.data.to_dict()

        timeout = self.timeout

        pre_flow_id = self.pre_flow_id

        post_flow_id = self.post_flow_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "detail": detail,
                "data": data,
                "timeout": timeout,
                "pre_flow_id": pre_flow_id,
                "post_flow_id": post_flow_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.put_conferences_id_body_data import PutConferencesIdBodyData

        d = dict(src_dict)
        name = d.pop("name")

        detail = d.pop("detail")

        data = PutConferencesIdBodyData.from_dict(d.pop("data"))

        timeout = d.pop("timeout")

        pre_flow_id = d.pop("pre_flow_id")

        post_flow_id = d.pop("post_flow_id")

        put_conferences_id_body = cls(
            name=name,
            detail=detail,
            data=data,
            timeout=timeout,
            pre_flow_id=pre_flow_id,
            post_flow_id=post_flow_id,
        )

        put_conferences_id_body.additional_properties = d
        return put_conferences_id_body

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
