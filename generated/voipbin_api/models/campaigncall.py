from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    UTC,
    Address,
    FieldError,
    Model,
    as_object,
    fromisoformat,
    in_utc,
    new_model,
    open_enum,
    timestamp,
)


class Campaigncall(Model):
    """Attributes:
    id (str): The unique identifier of the campaign call.
    customer_id (str): The unique identifier of the customer. Returned from the `GET /customers` response.
    campaign_id (str): The unique identifier of the campaign. Returned from the `POST /campaigns` or `GET
        /campaigns` response.
    outplan_id (str): The unique identifier of the outbound plan. Returned from the `POST /outplans` or `GET
        /outplans` response.
    outdial_id (str): The unique identifier of the outbound dial. Returned from the `POST /outdials` or `GET
        /outdials` response.
    outdial_target_id (str): The unique identifier of the outbound dial target. Returned from the `GET
        /outdials/{id}/targets` response.
    queue_id (str): The unique identifier of the queue. Returned from the `POST /queues` or `GET /queues`
        response.
    activeflow_id (str): The unique identifier of the activeflow. Returned from the `GET /activeflows` response.
    flow_id (str): The unique identifier of the flow. Returned from the `POST /flows` or `GET /flows` response.
    reference_type (CampaigncallReferenceType): Type of reference for the campaign call.
    reference_id (str): The unique identifier of the referenced resource. The actual resource type is determined
        by reference_type. Returned from the corresponding resource endpoint.
    status (CampaigncallStatus): Status of the campaign call.
    result (CampaigncallResult): Result of the campaign call attempt.
    source (Address | None): Source address of the campaign call.
    destination (Address | None): Destination address of the campaign call.
    destination_index (int): Index of the current destination being dialed.
    try_count (int): Number of dialing attempts made.
    tm_create (datetime.datetime | None): Timestamp when the campaign call was created.
    tm_update (datetime.datetime | None): Timestamp when the campaign call was last updated.
    tm_delete (datetime.datetime | None): Timestamp when the campaign call was deleted.
    """

    __slots__ = (
        "activeflow_id",
        "campaign_id",
        "customer_id",
        "destination",
        "destination_index",
        "flow_id",
        "id",
        "outdial_id",
        "outdial_target_id",
        "outplan_id",
        "queue_id",
        "reference_id",
        "reference_type",
        "result",
        "source",
        "status",
        "tm_create",
        "tm_delete",
        "tm_update",
        "try_count",
    )
    _fields = (
        ("id", "id"),
        ("customer_id", "customer_id"),
        ("campaign_id", "campaign_id"),
        ("outplan_id", "outplan_id"),
        ("outdial_id", "outdial_id"),
        ("outdial_target_id", "outdial_target_id"),
        ("queue_id", "queue_id"),
        ("activeflow_id", "activeflow_id"),
        ("flow_id", "flow_id"),
        ("reference_type", "reference_type"),
        ("reference_id", "reference_id"),
        ("status", "status"),
        ("result", "result"),
        ("source", "source"),
        ("destination", "destination"),
        ("destination_index", "destination_index"),
        ("try_count", "try_count"),
        ("tm_create", "tm_create"),
        ("tm_update", "tm_update"),
        ("tm_delete", "tm_delete"),
    )
    _wire_names = frozenset(
        {
            "id",
            "customer_id",
            "campaign_id",
            "outplan_id",
            "outdial_id",
            "outdial_target_id",
            "queue_id",
            "activeflow_id",
            "flow_id",
            "reference_type",
            "reference_id",
            "status",
            "result",
            "source",
            "destination",
            "destination_index",
            "try_count",
            "tm_create",
            "tm_update",
            "tm_delete",
        }
    )

    id: str
    customer_id: str
    campaign_id: str
    outplan_id: str
    outdial_id: str
    outdial_target_id: str
    queue_id: str
    activeflow_id: str
    flow_id: str
    reference_type: CampaigncallReferenceType
    reference_id: str
    status: CampaigncallStatus
    result: CampaigncallResult
    source: Address | None
    destination: Address | None
    destination_index: int
    try_count: int
    tm_create: datetime.datetime | None
    tm_update: datetime.datetime | None
    tm_delete: datetime.datetime | None

    def __init__(
        self,
        *,
        id: str | None = None,
        customer_id: str | None = None,
        campaign_id: str | None = None,
        outplan_id: str | None = None,
        outdial_id: str | None = None,
        outdial_target_id: str | None = None,
        queue_id: str | None = None,
        activeflow_id: str | None = None,
        flow_id: str | None = None,
        reference_type: CampaigncallReferenceType | None = None,
        reference_id: str | None = None,
        status: CampaigncallStatus | None = None,
        result: CampaigncallResult | None = None,
        source: Address | None = None,
        destination: Address | None = None,
        destination_index: int | None = None,
        try_count: int | None = None,
        tm_create: datetime.datetime | None = None,
        tm_update: datetime.datetime | None = None,
        tm_delete: datetime.datetime | None = None,
    ) -> None:
        self._data = {}
        self.id = id  # type: ignore[assignment]
        self.customer_id = customer_id  # type: ignore[assignment]
        self.campaign_id = campaign_id  # type: ignore[assignment]
        self.outplan_id = outplan_id  # type: ignore[assignment]
        self.outdial_id = outdial_id  # type: ignore[assignment]
        self.outdial_target_id = outdial_target_id  # type: ignore[assignment]
        self.queue_id = queue_id  # type: ignore[assignment]
        self.activeflow_id = activeflow_id  # type: ignore[assignment]
        self.flow_id = flow_id  # type: ignore[assignment]
        self.reference_type = reference_type  # type: ignore[assignment]
        self.reference_id = reference_id  # type: ignore[assignment]
        self.status = status  # type: ignore[assignment]
        self.result = result  # type: ignore[assignment]
        self.source = source
        self.destination = destination
        self.destination_index = destination_index  # type: ignore[assignment]
        self.try_count = try_count  # type: ignore[assignment]
        self.tm_create = tm_create
        self.tm_update = tm_update
        self.tm_delete = tm_delete

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = src_dict if type(src_dict) is dict else as_object(src_dict, "Campaigncall")
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Campaigncall", "id", "str", v)
        self.id = v
        v = get("customer_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Campaigncall", "customer_id", "str", v)
        self.customer_id = v
        v = get("campaign_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Campaigncall", "campaign_id", "str", v)
        self.campaign_id = v
        v = get("outplan_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Campaigncall", "outplan_id", "str", v)
        self.outplan_id = v
        v = get("outdial_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Campaigncall", "outdial_id", "str", v)
        self.outdial_id = v
        v = get("outdial_target_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Campaigncall", "outdial_target_id", "str", v)
        self.outdial_target_id = v
        v = get("queue_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Campaigncall", "queue_id", "str", v)
        self.queue_id = v
        v = get("activeflow_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Campaigncall", "activeflow_id", "str", v)
        self.activeflow_id = v
        v = get("flow_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Campaigncall", "flow_id", "str", v)
        self.flow_id = v
        v = get("reference_type")
        if v is not None:
            m = (
                CampaigncallReferenceType._value2member_map_.get(v)
                if type(v) is str
                else None
            )
            v = (
                open_enum(
                    CampaigncallReferenceType, v, "Campaigncall", "reference_type"
                )
                if m is None
                else m
            )
        self.reference_type = v
        v = get("reference_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Campaigncall", "reference_id", "str", v)
        self.reference_id = v
        v = get("status")
        if v is not None:
            m = CampaigncallStatus._value2member_map_.get(v) if type(v) is str else None
            v = (
                open_enum(CampaigncallStatus, v, "Campaigncall", "status")
                if m is None
                else m
            )
        self.status = v
        v = get("result")
        if v is not None:
            m = CampaigncallResult._value2member_map_.get(v) if type(v) is str else None
            v = (
                open_enum(CampaigncallResult, v, "Campaigncall", "result")
                if m is None
                else m
            )
        self.result = v
        v = get("source")
        if v is not None:
            try:
                v = Address.from_dict(v)
            except FieldError as error:
                raise error.within("Campaigncall", "source") from None
        self.source = v
        v = get("destination")
        if v is not None:
            try:
                v = Address.from_dict(v)
            except FieldError as error:
                raise error.within("Campaigncall", "destination") from None
        self.destination = v
        v = get("destination_index")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("Campaigncall", "destination_index", "int", v)
        self.destination_index = v
        v = get("try_count")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("Campaigncall", "try_count", "int", v)
        self.try_count = v
        v = get("tm_create")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Campaigncall", "tm_create")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_create = v
        v = get("tm_update")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Campaigncall", "tm_update")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_update = v
        v = get("tm_delete")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Campaigncall", "tm_delete")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_delete = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.campaigncall_reference_type import CampaigncallReferenceType
from ..models.campaigncall_result import CampaigncallResult
from ..models.campaigncall_status import CampaigncallStatus
