from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.campaign_manager_campaign_end_handle import (
    CampaignManagerCampaignEndHandle,
)
from ..models.campaign_manager_campaign_status import CampaignManagerCampaignStatus
from ..models.campaign_manager_campaign_type import CampaignManagerCampaignType
from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.flow_manager_action import FlowManagerAction


T = TypeVar("T", bound="CampaignManagerCampaign")


@_attrs_define
class CampaignManagerCampaign:
    """
    Attributes:
        id (UUID | Unset): The unique identifier of the campaign. Example: c3d4e5f6-a7b8-9012-3456-7890abcdef01.
        customer_id (UUID | Unset): The unique identifier of the customer. Returned from the `GET /customers` response.
            Example: 7c4d2f3a-1b8e-4f5c-9a6d-3e2f1a0b4c5d.
        type_ (CampaignManagerCampaignType | Unset): Type of campaign. Example: call.
        name (str | Unset): Display name of the campaign. Example: Q1 Outbound Campaign.
        detail (str | Unset): Additional details about the campaign. Example: Quarterly customer outreach campaign.
        status (CampaignManagerCampaignStatus | Unset): Status of the campaign. Example: run.
        service_level (int | Unset): Target service level percentage. Example: 80.
        end_handle (CampaignManagerCampaignEndHandle | Unset): Behavior of the campaign after outdial has no more
            targets. Example: stop.
        actions (list[FlowManagerAction] | None | Unset): Ordered list of actions to execute for each campaign call.
        outplan_id (UUID | Unset): The unique identifier of the outplan. Returned from the `POST /outplans` or `GET
            /outplans` response. Example: 2b3c4d5e-6f7a-8901-bcde-f12345678901.
        outdial_id (UUID | Unset): The unique identifier of the outdial. Returned from the `POST /outdials` or `GET
            /outdials` response. Example: 3c4d5e6f-7a8b-9012-cdef-012345678901.
        queue_id (UUID | Unset): The unique identifier of the queue. Returned from the `POST /queues` or `GET /queues`
            response. Example: 1a2b3c4d-5e6f-7890-abcd-ef1234567890.
        next_campaign_id (UUID | Unset): The unique identifier of the next campaign to execute after this one completes.
            Returned from the `POST /campaigns` or `GET /campaigns` response. Example: c3d4e5f6-a7b8-9012-3456-7890abcdef01.
        tm_create (datetime.datetime | None | Unset): Timestamp when the campaign was created. Example:
            2026-01-15T09:30:00.000000Z.
        tm_update (datetime.datetime | None | Unset): Timestamp when the campaign was last updated. Example:
            2026-01-15T09:30:00.000000Z.
        tm_delete (datetime.datetime | None | Unset): Timestamp when the campaign was deleted. Example:
            2026-01-15T09:30:00.000000Z.
    """

    id: UUID | Unset = UNSET
    customer_id: UUID | Unset = UNSET
    type_: CampaignManagerCampaignType | Unset = UNSET
    name: str | Unset = UNSET
    detail: str | Unset = UNSET
    status: CampaignManagerCampaignStatus | Unset = UNSET
    service_level: int | Unset = UNSET
    end_handle: CampaignManagerCampaignEndHandle | Unset = UNSET
    actions: list[FlowManagerAction] | None | Unset = UNSET
    outplan_id: UUID | Unset = UNSET
    outdial_id: UUID | Unset = UNSET
    queue_id: UUID | Unset = UNSET
    next_campaign_id: UUID | Unset = UNSET
    tm_create: datetime.datetime | None | Unset = UNSET
    tm_update: datetime.datetime | None | Unset = UNSET
    tm_delete: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        customer_id: str | Unset = UNSET
        if not isinstance(self.customer_id, Unset):
            customer_id = str(self.customer_id)

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        name = self.name

        detail = self.detail

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        service_level = self.service_level

        end_handle: str | Unset = UNSET
        if not isinstance(self.end_handle, Unset):
            end_handle = self.end_handle.value

        actions: list[dict[str, Any]] | None | Unset
        if isinstance(self.actions, Unset):
            actions = UNSET
        elif isinstance(self.actions, list):
            actions = []
            for actions_type_0_item_data in self.actions:
                actions_type_0_item = actions_type_0_item_data.to_dict()
                actions.append(actions_type_0_item)

        else:
            actions = self.actions

        outplan_id: str | Unset = UNSET
        if not isinstance(self.outplan_id, Unset):
            outplan_id = str(self.outplan_id)

        outdial_id: str | Unset = UNSET
        if not isinstance(self.outdial_id, Unset):
            outdial_id = str(self.outdial_id)

        queue_id: str | Unset = UNSET
        if not isinstance(self.queue_id, Unset):
            queue_id = str(self.queue_id)

        next_campaign_id: str | Unset = UNSET
        if not isinstance(self.next_campaign_id, Unset):
            next_campaign_id = str(self.next_campaign_id)

        tm_create: None | str | Unset
        if isinstance(self.tm_create, Unset):
            tm_create = UNSET
        elif isinstance(self.tm_create, datetime.datetime):
            tm_create = self.tm_create.isoformat()
        else:
            tm_create = self.tm_create

        tm_update: None | str | Unset
        if isinstance(self.tm_update, Unset):
            tm_update = UNSET
        elif isinstance(self.tm_update, datetime.datetime):
            tm_update = self.tm_update.isoformat()
        else:
            tm_update = self.tm_update

        tm_delete: None | str | Unset
        if isinstance(self.tm_delete, Unset):
            tm_delete = UNSET
        elif isinstance(self.tm_delete, datetime.datetime):
            tm_delete = self.tm_delete.isoformat()
        else:
            tm_delete = self.tm_delete

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if name is not UNSET:
            field_dict["name"] = name
        if detail is not UNSET:
            field_dict["detail"] = detail
        if status is not UNSET:
            field_dict["status"] = status
        if service_level is not UNSET:
            field_dict["service_level"] = service_level
        if end_handle is not UNSET:
            field_dict["end_handle"] = end_handle
        if actions is not UNSET:
            field_dict["actions"] = actions
        if outplan_id is not UNSET:
            field_dict["outplan_id"] = outplan_id
        if outdial_id is not UNSET:
            field_dict["outdial_id"] = outdial_id
        if queue_id is not UNSET:
            field_dict["queue_id"] = queue_id
        if next_campaign_id is not UNSET:
            field_dict["next_campaign_id"] = next_campaign_id
        if tm_create is not UNSET:
            field_dict["tm_create"] = tm_create
        if tm_update is not UNSET:
            field_dict["tm_update"] = tm_update
        if tm_delete is not UNSET:
            field_dict["tm_delete"] = tm_delete

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.flow_manager_action import FlowManagerAction

        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        _customer_id = d.pop("customer_id", UNSET)
        customer_id: UUID | Unset
        if isinstance(_customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = UUID(_customer_id)

        _type_ = d.pop("type", UNSET)
        type_: CampaignManagerCampaignType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = CampaignManagerCampaignType(_type_)

        name = d.pop("name", UNSET)

        detail = d.pop("detail", UNSET)

        _status = d.pop("status", UNSET)
        status: CampaignManagerCampaignStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = CampaignManagerCampaignStatus(_status)

        service_level = d.pop("service_level", UNSET)

        _end_handle = d.pop("end_handle", UNSET)
        end_handle: CampaignManagerCampaignEndHandle | Unset
        if isinstance(_end_handle, Unset):
            end_handle = UNSET
        else:
            end_handle = CampaignManagerCampaignEndHandle(_end_handle)

        def _parse_actions(data: object) -> list[FlowManagerAction] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError(f"actions: unexpected {type(data).__name__}")
            actions_type_0 = []
            _actions_type_0 = data
            for actions_type_0_item_data in _actions_type_0:
                actions_type_0_item = FlowManagerAction.from_dict(
                    actions_type_0_item_data
                )

                actions_type_0.append(actions_type_0_item)

            return actions_type_0

        actions = _parse_actions(d.pop("actions", UNSET))

        _outplan_id = d.pop("outplan_id", UNSET)
        outplan_id: UUID | Unset
        if isinstance(_outplan_id, Unset):
            outplan_id = UNSET
        else:
            outplan_id = UUID(_outplan_id)

        _outdial_id = d.pop("outdial_id", UNSET)
        outdial_id: UUID | Unset
        if isinstance(_outdial_id, Unset):
            outdial_id = UNSET
        else:
            outdial_id = UUID(_outdial_id)

        _queue_id = d.pop("queue_id", UNSET)
        queue_id: UUID | Unset
        if isinstance(_queue_id, Unset):
            queue_id = UNSET
        else:
            queue_id = UUID(_queue_id)

        _next_campaign_id = d.pop("next_campaign_id", UNSET)
        next_campaign_id: UUID | Unset
        if isinstance(_next_campaign_id, Unset):
            next_campaign_id = UNSET
        else:
            next_campaign_id = UUID(_next_campaign_id)

        def _parse_tm_create(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"tm_create: unexpected {type(data).__name__}")
            tm_create_type_0 = parse_datetime(data)

            return tm_create_type_0

        tm_create = _parse_tm_create(d.pop("tm_create", UNSET))

        def _parse_tm_update(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"tm_update: unexpected {type(data).__name__}")
            tm_update_type_0 = parse_datetime(data)

            return tm_update_type_0

        tm_update = _parse_tm_update(d.pop("tm_update", UNSET))

        def _parse_tm_delete(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"tm_delete: unexpected {type(data).__name__}")
            tm_delete_type_0 = parse_datetime(data)

            return tm_delete_type_0

        tm_delete = _parse_tm_delete(d.pop("tm_delete", UNSET))

        campaign_manager_campaign = cls(
            id=id,
            customer_id=customer_id,
            type_=type_,
            name=name,
            detail=detail,
            status=status,
            service_level=service_level,
            end_handle=end_handle,
            actions=actions,
            outplan_id=outplan_id,
            outdial_id=outdial_id,
            queue_id=queue_id,
            next_campaign_id=next_campaign_id,
            tm_create=tm_create,
            tm_update=tm_update,
            tm_delete=tm_delete,
        )

        campaign_manager_campaign.additional_properties = d
        return campaign_manager_campaign

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
