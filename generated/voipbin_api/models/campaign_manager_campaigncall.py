from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.campaign_manager_campaigncall_reference_type import (
    CampaignManagerCampaigncallReferenceType,
)
from ..models.campaign_manager_campaigncall_result import (
    CampaignManagerCampaigncallResult,
)
from ..models.campaign_manager_campaigncall_status import (
    CampaignManagerCampaigncallStatus,
)
from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.common_address import CommonAddress


T = TypeVar("T", bound="CampaignManagerCampaigncall")


@_attrs_define
class CampaignManagerCampaigncall:
    """
    Attributes:
        id (UUID | Unset): The unique identifier of the campaign call. Example: 550e8400-e29b-41d4-a716-446655440000.
        customer_id (UUID | Unset): The unique identifier of the customer. Returned from the `GET /customers` response.
            Example: 7c4d2f3a-1b8e-4f5c-9a6d-3e2f1a0b4c5d.
        campaign_id (UUID | Unset): The unique identifier of the campaign. Returned from the `POST /campaigns` or `GET
            /campaigns` response. Example: c3d4e5f6-a7b8-9012-3456-7890abcdef01.
        outplan_id (UUID | Unset): The unique identifier of the outbound plan. Returned from the `POST /outplans` or
            `GET /outplans` response. Example: 2b3c4d5e-6f7a-8901-bcde-f12345678901.
        outdial_id (UUID | Unset): The unique identifier of the outbound dial. Returned from the `POST /outdials` or
            `GET /outdials` response. Example: 3c4d5e6f-7a8b-9012-cdef-012345678901.
        outdial_target_id (UUID | Unset): The unique identifier of the outbound dial target. Returned from the `GET
            /outdials/{id}/targets` response. Example: 3c4d5e6f-7a8b-9012-cdef-012345678901.
        queue_id (UUID | Unset): The unique identifier of the queue. Returned from the `POST /queues` or `GET /queues`
            response. Example: 1a2b3c4d-5e6f-7890-abcd-ef1234567890.
        activeflow_id (UUID | Unset): The unique identifier of the activeflow. Returned from the `GET /activeflows`
            response. Example: 550e8400-e29b-41d4-a716-446655440000.
        flow_id (UUID | Unset): The unique identifier of the flow. Returned from the `POST /flows` or `GET /flows`
            response. Example: 550e8400-e29b-41d4-a716-446655440000.
        reference_type (CampaignManagerCampaigncallReferenceType | Unset): Type of reference for the campaign call.
            Example: call.
        reference_id (UUID | Unset): The unique identifier of the referenced resource. The actual resource type is
            determined by reference_type. Returned from the corresponding resource endpoint. Example:
            550e8400-e29b-41d4-a716-446655440000.
        status (CampaignManagerCampaigncallStatus | Unset): Status of the campaign call. Example: progressing.
        result (CampaignManagerCampaigncallResult | Unset): Result of the campaign call attempt. Example: success.
        source (CommonAddress | None | Unset): Source address of the campaign call.
        destination (CommonAddress | None | Unset): Destination address of the campaign call.
        destination_index (int | Unset): Index of the current destination being dialed. Example: 0.
        try_count (int | Unset): Number of dialing attempts made. Example: 2.
        tm_create (datetime.datetime | None | Unset): Timestamp when the campaign call was created. Example:
            2026-01-15T09:30:00.000000Z.
        tm_update (datetime.datetime | None | Unset): Timestamp when the campaign call was last updated. Example:
            2026-01-15T09:30:00.000000Z.
        tm_delete (datetime.datetime | None | Unset): Timestamp when the campaign call was deleted. Example:
            2026-01-15T09:30:00.000000Z.
    """

    id: UUID | Unset = UNSET
    customer_id: UUID | Unset = UNSET
    campaign_id: UUID | Unset = UNSET
    outplan_id: UUID | Unset = UNSET
    outdial_id: UUID | Unset = UNSET
    outdial_target_id: UUID | Unset = UNSET
    queue_id: UUID | Unset = UNSET
    activeflow_id: UUID | Unset = UNSET
    flow_id: UUID | Unset = UNSET
    reference_type: CampaignManagerCampaigncallReferenceType | Unset = UNSET
    reference_id: UUID | Unset = UNSET
    status: CampaignManagerCampaigncallStatus | Unset = UNSET
    result: CampaignManagerCampaigncallResult | Unset = UNSET
    source: CommonAddress | None | Unset = UNSET
    destination: CommonAddress | None | Unset = UNSET
    destination_index: int | Unset = UNSET
    try_count: int | Unset = UNSET
    tm_create: datetime.datetime | None | Unset = UNSET
    tm_update: datetime.datetime | None | Unset = UNSET
    tm_delete: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.common_address import CommonAddress

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        customer_id: str | Unset = UNSET
        if not isinstance(self.customer_id, Unset):
            customer_id = str(self.customer_id)

        campaign_id: str | Unset = UNSET
        if not isinstance(self.campaign_id, Unset):
            campaign_id = str(self.campaign_id)

        outplan_id: str | Unset = UNSET
        if not isinstance(self.outplan_id, Unset):
            outplan_id = str(self.outplan_id)

        outdial_id: str | Unset = UNSET
        if not isinstance(self.outdial_id, Unset):
            outdial_id = str(self.outdial_id)

        outdial_target_id: str | Unset = UNSET
        if not isinstance(self.outdial_target_id, Unset):
            outdial_target_id = str(self.outdial_target_id)

        queue_id: str | Unset = UNSET
        if not isinstance(self.queue_id, Unset):
            queue_id = str(self.queue_id)

        activeflow_id: str | Unset = UNSET
        if not isinstance(self.activeflow_id, Unset):
            activeflow_id = str(self.activeflow_id)

        flow_id: str | Unset = UNSET
        if not isinstance(self.flow_id, Unset):
            flow_id = str(self.flow_id)

        reference_type: str | Unset = UNSET
        if not isinstance(self.reference_type, Unset):
            reference_type = self.reference_type.value

        reference_id: str | Unset = UNSET
        if not isinstance(self.reference_id, Unset):
            reference_id = str(self.reference_id)

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        result: str | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result.value

        source: dict[str, Any] | None | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        elif isinstance(self.source, CommonAddress):
            source = self.source.to_dict()
        else:
            source = self.source

        destination: dict[str, Any] | None | Unset
        if isinstance(self.destination, Unset):
            destination = UNSET
        elif isinstance(self.destination, CommonAddress):
            destination = self.destination.to_dict()
        else:
            destination = self.destination

        destination_index = self.destination_index

        try_count = self.try_count

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
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if outplan_id is not UNSET:
            field_dict["outplan_id"] = outplan_id
        if outdial_id is not UNSET:
            field_dict["outdial_id"] = outdial_id
        if outdial_target_id is not UNSET:
            field_dict["outdial_target_id"] = outdial_target_id
        if queue_id is not UNSET:
            field_dict["queue_id"] = queue_id
        if activeflow_id is not UNSET:
            field_dict["activeflow_id"] = activeflow_id
        if flow_id is not UNSET:
            field_dict["flow_id"] = flow_id
        if reference_type is not UNSET:
            field_dict["reference_type"] = reference_type
        if reference_id is not UNSET:
            field_dict["reference_id"] = reference_id
        if status is not UNSET:
            field_dict["status"] = status
        if result is not UNSET:
            field_dict["result"] = result
        if source is not UNSET:
            field_dict["source"] = source
        if destination is not UNSET:
            field_dict["destination"] = destination
        if destination_index is not UNSET:
            field_dict["destination_index"] = destination_index
        if try_count is not UNSET:
            field_dict["try_count"] = try_count
        if tm_create is not UNSET:
            field_dict["tm_create"] = tm_create
        if tm_update is not UNSET:
            field_dict["tm_update"] = tm_update
        if tm_delete is not UNSET:
            field_dict["tm_delete"] = tm_delete

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.common_address import CommonAddress

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

        _campaign_id = d.pop("campaign_id", UNSET)
        campaign_id: UUID | Unset
        if isinstance(_campaign_id, Unset):
            campaign_id = UNSET
        else:
            campaign_id = UUID(_campaign_id)

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

        _outdial_target_id = d.pop("outdial_target_id", UNSET)
        outdial_target_id: UUID | Unset
        if isinstance(_outdial_target_id, Unset):
            outdial_target_id = UNSET
        else:
            outdial_target_id = UUID(_outdial_target_id)

        _queue_id = d.pop("queue_id", UNSET)
        queue_id: UUID | Unset
        if isinstance(_queue_id, Unset):
            queue_id = UNSET
        else:
            queue_id = UUID(_queue_id)

        _activeflow_id = d.pop("activeflow_id", UNSET)
        activeflow_id: UUID | Unset
        if isinstance(_activeflow_id, Unset):
            activeflow_id = UNSET
        else:
            activeflow_id = UUID(_activeflow_id)

        _flow_id = d.pop("flow_id", UNSET)
        flow_id: UUID | Unset
        if isinstance(_flow_id, Unset):
            flow_id = UNSET
        else:
            flow_id = UUID(_flow_id)

        _reference_type = d.pop("reference_type", UNSET)
        reference_type: CampaignManagerCampaigncallReferenceType | Unset
        if isinstance(_reference_type, Unset):
            reference_type = UNSET
        else:
            reference_type = CampaignManagerCampaigncallReferenceType(_reference_type)

        _reference_id = d.pop("reference_id", UNSET)
        reference_id: UUID | Unset
        if isinstance(_reference_id, Unset):
            reference_id = UNSET
        else:
            reference_id = UUID(_reference_id)

        _status = d.pop("status", UNSET)
        status: CampaignManagerCampaigncallStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = CampaignManagerCampaigncallStatus(_status)

        _result = d.pop("result", UNSET)
        result: CampaignManagerCampaigncallResult | Unset
        if isinstance(_result, Unset):
            result = UNSET
        else:
            result = CampaignManagerCampaigncallResult(_result)

        def _parse_source(data: object) -> CommonAddress | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(f"source: unexpected {type(data).__name__}")
            source_type_1 = CommonAddress.from_dict(data)

            return source_type_1

        source = _parse_source(d.pop("source", UNSET))

        def _parse_destination(data: object) -> CommonAddress | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(f"destination: unexpected {type(data).__name__}")
            destination_type_1 = CommonAddress.from_dict(data)

            return destination_type_1

        destination = _parse_destination(d.pop("destination", UNSET))

        destination_index = d.pop("destination_index", UNSET)

        try_count = d.pop("try_count", UNSET)

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

        campaign_manager_campaigncall = cls(
            id=id,
            customer_id=customer_id,
            campaign_id=campaign_id,
            outplan_id=outplan_id,
            outdial_id=outdial_id,
            outdial_target_id=outdial_target_id,
            queue_id=queue_id,
            activeflow_id=activeflow_id,
            flow_id=flow_id,
            reference_type=reference_type,
            reference_id=reference_id,
            status=status,
            result=result,
            source=source,
            destination=destination,
            destination_index=destination_index,
            try_count=try_count,
            tm_create=tm_create,
            tm_update=tm_update,
            tm_delete=tm_delete,
        )

        campaign_manager_campaigncall.additional_properties = d
        return campaign_manager_campaigncall

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
