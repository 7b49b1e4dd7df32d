from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conference_manager_conference_type import ConferenceManagerConferenceType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_conferences_body_data import PostConferencesBodyData


T = TypeVar("T", bound="PostConferencesBody")


@_attrs_define
class PostConferencesBody:
    """
    Attributes:
        type_ (ConferenceManagerConferenceType): Types of conferences. Example: conference.
        name (str):
        detail (str):
        timeout (int):
        data (PostConferencesBodyData): Custom data associated with the conference.
        pre_flow_id (str):
        post_flow_id (str):
        id (str | Unset):
    """

    type_: ConferenceManagerConferenceType
    name: str
    detail: str
    timeout: int
    data: PostConferencesBodyData
    pre_flow_id: str
    post_flow_id: str
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        name = self.name

        detail = self.detail

        timeout = self.timeout

        data = self.data.to_dict()

        pre_flow_id = self.pre_flow_id

        post_flow_id = self.post_flow_id

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "name": name,
                "detail": detail,
                "timeout": timeout,
                "data": data,
                "pre_flow_id": pre_flow_id,
                "post_flow_id": post_flow_id,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.post_conferences_body_data import PostConferencesBodyData

        d = dict(src_dict)
        type_ = ConferenceManagerConferenceType(d.pop("type"))

        name = d.pop("name")

        detail = d.pop("detail")

        timeout = d.pop("timeout")

        data = PostConferencesBodyData.from_dict(d.pop("data"))

        pre_flow_id = d.pop("pre_flow_id")

        post_flow_id = d.pop("post_flow_id")

        id = d.pop("id", UNSET)

        post_conferences_body = cls(
            type_=type_,
            name=name,
            detail=detail,
            timeout=timeout,
            data=data,
            pre_flow_id=pre_flow_id,
            post_flow_id=post_flow_id,
            id=id,
        )

        post_conferences_body.additional_properties = d
        return post_conferences_body

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
