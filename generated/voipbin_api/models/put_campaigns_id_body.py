from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.campaign_manager_campaign_end_handle import (
    CampaignManagerCampaignEndHandle,
)
from ..models.campaign_manager_campaign_type import CampaignManagerCampaignType

T = TypeVar("T", bound="PutCampaignsIdBody")


@_attrs_define
class PutCampaignsIdBody:
    """
    Attributes:
        name (str): Updated name of the campaign
        detail (str): Updated details of the campaign
        type_ (CampaignManagerCampaignType): Type of campaign. Example: call.
        service_level (int): Updated service level of the campaign
        end_handle (CampaignManagerCampaignEndHandle): Behavior of the campaign after outdial has no more targets.
            Example: stop.
    """

    name: str
    detail: str
    type_: CampaignManagerCampaignType
    service_level: int
    end_handle: CampaignManagerCampaignEndHandle
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        detail = self.detail

        type_ = self.type_.value

        service_level = self.service_level

        end_handle = self.end_handle.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "detail": detail,
                "type": type_,
                "service_level": service_level,
                "end_handle": end_handle,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        detail = d.pop("detail")

        type_ = CampaignManagerCampaignType(d.pop("type"))

        service_level = d.pop("service_level")

        end_handle = CampaignManagerCampaignEndHandle(d.pop("end_handle"))

        put_campaigns_id_body = cls(
            name=name,
            detail=detail,
            type_=type_,
            service_level=service_level,
            end_handle=end_handle,
        )

        put_campaigns_id_body.additional_properties = d
        return put_campaigns_id_body

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
