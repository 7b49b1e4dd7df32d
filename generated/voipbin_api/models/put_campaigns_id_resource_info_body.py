from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PutCampaignsIdResourceInfoBody")


@_attrs_define
class PutCampaignsIdResourceInfoBody:
    """
    Attributes:
        outplan_id (str): outplan's id.
        outdial_id (str): outplan's id.
        queue_id (str): queue's id.
        next_campaign_id (str): next campaign's id.
    """

    outplan_id: str
    outdial_id: str
    queue_id: str
    next_campaign_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        outplan_id = self.outplan_id

        outdial_id = self.outdial_id

        queue_id = self.queue_id

        next_campaign_id = self.next_campaign_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "outplan_id": outplan_id,
                "outdial_id": outdial_id,
                "queue_id": queue_id,
                "next_campaign_id": next_campaign_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        outplan_id = d.pop("outplan_id")

        outdial_id = d.pop("outdial_id")

        queue_id = d.pop("queue_id")

        next_campaign_id = d.pop("next_campaign_id")

        put_campaigns_id_resource_info_body = cls(
            outplan_id=outplan_id,
            outdial_id=outdial_id,
            queue_id=queue_id,
            next_campaign_id=next_campaign_id,
        )

        put_campaigns_id_resource_info_body.additional_properties = d
        return put_campaigns_id_resource_info_body

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
