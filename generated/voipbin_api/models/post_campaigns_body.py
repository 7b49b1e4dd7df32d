from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.campaign_manager_campaign_end_handle import (
    CampaignManagerCampaignEndHandle,
)
from ..models.campaign_manager_campaign_type import CampaignManagerCampaignType

if TYPE_CHECKING:
    from ..models.flow_manager_action import FlowManagerAction


T = TypeVar("T", bound="PostCampaignsBody")


@_attrs_define
class PostCampaignsBody:
    """
    Attributes:
        name (str): Name of the campaign
        detail (str): Detailed description of the campaign
        type_ (CampaignManagerCampaignType): Type of campaign. Example: call.
        service_level (int): Service level of the campaign
        end_handle (CampaignManagerCampaignEndHandle): Behavior of the campaign after outdial has no more targets.
            Example: stop.
        actions (list[FlowManagerAction]): Actions associated with the campaign
        outplan_id (str): Outplan ID for the campaign
        outdial_id (str): Outdial ID for the campaign
        queue_id (str): Queue ID for the campaign
        next_campaign_id (str): ID of the next campaign
    """

    name: str
    detail: str
    type_: CampaignManagerCampaignType
    service_level: int
    end_handle: CampaignManagerCampaignEndHandle
    actions: list[FlowManagerAction]
    outplan_id: str
    outdial_id: str
    queue_id: str
    next_campaign_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        detail = self.detail

        type_ = self.type_.value

        service_level = self.service_level

        end_handle = self.end_handle.value

        actions = []
        for actions_item_data in self.actions:
            actions_item = actions_item_data.to_dict()
            actions.append(actions_item)

        outplan_id = self.outplan_id

        outdial_id = self.outdial_id

        queue_id = self.queue_id

        next_campaign_id = self.next_campaign_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "detail": detail,
                "type": type_,
                "service_level": service_level,
                "end_handle": end_handle,
                "actions": actions,
                "outplan_id": outplan_id,
                "outdial_id": outdial_id,
                "queue_id": queue_id,
                "next_campaign_id": next_campaign_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.flow_manager_action import FlowManagerAction

        d = dict(src_dict)
        name = d.pop("name")

        detail = d.pop("detail")

        type_ = CampaignManagerCampaignType(d.pop("type"))

        service_level = d.pop("service_level")

        end_handle = CampaignManagerCampaignEndHandle(d.pop("end_handle"))

        actions = []
        _actions = d.pop("actions")
        for actions_item_data in _actions:
            actions_item = FlowManagerAction.from_dict(actions_item_data)

            actions.append(actions_item)

        outplan_id = d.pop("outplan_id")

        outdial_id = d.pop("outdial_id")

        queue_id = d.pop("queue_id")

        next_campaign_id = d.pop("next_campaign_id")

        post_campaigns_body = cls(
            name=name,
            detail=detail,
            type_=type_,
            service_level=service_level,
            end_handle=end_handle,
            actions=actions,
            outplan_id=outplan_id,
            outdial_id=outdial_id,
            queue_id=queue_id,
            next_campaign_id=next_campaign_id,
        )

        post_campaigns_body.additional_properties = d
        return post_campaigns_body

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
