from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    UTC,
    FieldError,
    Model,
    as_object,
    fromisoformat,
    in_utc,
    model_list,
    new_model,
    open_enum,
    timestamp,
)


class Campaign(Model):
    """Attributes:
    id (str): The unique identifier of the campaign.
    customer_id (str): The unique identifier of the customer. Returned from the `GET /customers` response.
    type (CampaignType): Type of campaign.
    name (str): Display name of the campaign.
    detail (str): Additional details about the campaign.
    status (CampaignStatus): Status of the campaign.
    service_level (int): Target service level percentage.
    end_handle (CampaignEndHandle): Behavior of the campaign after outdial has no more targets.
    actions (list[Action] | None): Ordered list of actions to execute for each campaign call.
    outplan_id (str): The unique identifier of the outplan. Returned from the `POST /outplans` or `GET
        /outplans` response.
    outdial_id (str): The unique identifier of the outdial. Returned from the `POST /outdials` or `GET
        /outdials` response.
    queue_id (str): The unique identifier of the queue. Returned from the `POST /queues` or `GET /queues`
        response.
    next_campaign_id (str): The unique identifier of the next campaign to execute after this one completes.
        Returned from the `POST /campaigns` or `GET /campaigns` response.
    tm_create (datetime.datetime | None): Timestamp when the campaign was created.
    tm_update (datetime.datetime | None): Timestamp when the campaign was last updated.
    tm_delete (datetime.datetime | None): Timestamp when the campaign was deleted.
    """

    __slots__ = (
        "actions",
        "customer_id",
        "detail",
        "end_handle",
        "id",
        "name",
        "next_campaign_id",
        "outdial_id",
        "outplan_id",
        "queue_id",
        "service_level",
        "status",
        "tm_create",
        "tm_delete",
        "tm_update",
        "type",
    )
    _fields = (
        ("id", "id"),
        ("customer_id", "customer_id"),
        ("type", "type"),
        ("name", "name"),
        ("detail", "detail"),
        ("status", "status"),
        ("service_level", "service_level"),
        ("end_handle", "end_handle"),
        ("actions", "actions"),
        ("outplan_id", "outplan_id"),
        ("outdial_id", "outdial_id"),
        ("queue_id", "queue_id"),
        ("next_campaign_id", "next_campaign_id"),
        ("tm_create", "tm_create"),
        ("tm_update", "tm_update"),
        ("tm_delete", "tm_delete"),
    )
    _wire_names = frozenset(
        {
            "id",
            "customer_id",
            "type",
            "name",
            "detail",
            "status",
            "service_level",
            "end_handle",
            "actions",
            "outplan_id",
            "outdial_id",
            "queue_id",
            "next_campaign_id",
            "tm_create",
            "tm_update",
            "tm_delete",
        }
    )

    id: str
    customer_id: str
    type: CampaignType
    name: str
    detail: str
    status: CampaignStatus
    service_level: int
    end_handle: CampaignEndHandle
    actions: list[Action] | None
    outplan_id: str
    outdial_id: str
    queue_id: str
    next_campaign_id: str
    tm_create: datetime.datetime | None
    tm_update: datetime.datetime | None
    tm_delete: datetime.datetime | None

    def __init__(
        self,
        *,
        id: str | None = None,
        customer_id: str | None = None,
        type: CampaignType | None = None,
        name: str | None = None,
        detail: str | None = None,
        status: CampaignStatus | None = None,
        service_level: int | None = None,
        end_handle: CampaignEndHandle | None = None,
        actions: list[Action] | None = None,
        outplan_id: str | None = None,
        outdial_id: str | None = None,
        queue_id: str | None = None,
        next_campaign_id: str | None = None,
        tm_create: datetime.datetime | None = None,
        tm_update: datetime.datetime | None = None,
        tm_delete: datetime.datetime | None = None,
    ) -> None:
        self._data = {}
        self.id = id  # type: ignore[assignment]
        self.customer_id = customer_id  # type: ignore[assignment]
        self.type = type  # type: ignore[assignment]
        self.name = name  # type: ignore[assignment]
        self.detail = detail  # type: ignore[assignment]
        self.status = status  # type: ignore[assignment]
        self.service_level = service_level  # type: ignore[assignment]
        self.end_handle = end_handle  # type: ignore[assignment]
        self.actions = actions
        self.outplan_id = outplan_id  # type: ignore[assignment]
        self.outdial_id = outdial_id  # type: ignore[assignment]
        self.queue_id = queue_id  # type: ignore[assignment]
        self.next_campaign_id = next_campaign_id  # type: ignore[assignment]
        self.tm_create = tm_create
        self.tm_update = tm_update
        self.tm_delete = tm_delete

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = src_dict if type(src_dict) is dict else as_object(src_dict, "Campaign")
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Campaign", "id", "str", v)
        self.id = v
        v = get("customer_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Campaign", "customer_id", "str", v)
        self.customer_id = v
        v = get("type")
        if v is not None:
            m = CampaignType._value2member_map_.get(v) if type(v) is str else None
            v = open_enum(CampaignType, v, "Campaign", "type") if m is None else m
        self.type = v
        v = get("name")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Campaign", "name", "str", v)
        self.name = v
        v = get("detail")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Campaign", "detail", "str", v)
        self.detail = v
        v = get("status")
        if v is not None:
            m = CampaignStatus._value2member_map_.get(v) if type(v) is str else None
            v = open_enum(CampaignStatus, v, "Campaign", "status") if m is None else m
        self.status = v
        v = get("service_level")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("Campaign", "service_level", "int", v)
        self.service_level = v
        v = get("end_handle")
        if v is not None:
            m = CampaignEndHandle._value2member_map_.get(v) if type(v) is str else None
            v = (
                open_enum(CampaignEndHandle, v, "Campaign", "end_handle")
                if m is None
                else m
            )
        self.end_handle = v
        v = get("actions")
        if v is not None:
            v = model_list(Action, v, "Campaign", "actions")
        self.actions = v
        v = get("outplan_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Campaign", "outplan_id", "str", v)
        self.outplan_id = v
        v = get("outdial_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Campaign", "outdial_id", "str", v)
        self.outdial_id = v
        v = get("queue_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Campaign", "queue_id", "str", v)
        self.queue_id = v
        v = get("next_campaign_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Campaign", "next_campaign_id", "str", v)
        self.next_campaign_id = v
        v = get("tm_create")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Campaign", "tm_create")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_create = v
        v = get("tm_update")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Campaign", "tm_update")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_update = v
        v = get("tm_delete")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Campaign", "tm_delete")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_delete = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.action import Action
from ..models.campaign_end_handle import CampaignEndHandle
from ..models.campaign_status import CampaignStatus
from ..models.campaign_type import CampaignType
