from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    model_list,
    new_model,
    open_enum,
)


class PostCampaignsBody(Model):
    """Attributes:
    name (str): Name of the campaign
    detail (str): Detailed description of the campaign
    type (CampaignType): Type of campaign.
    service_level (int): Service level of the campaign
    end_handle (CampaignEndHandle): Behavior of the campaign after outdial has no more targets.
    actions (list[Action]): Actions associated with the campaign
    outplan_id (str): Outplan ID for the campaign
    outdial_id (str): Outdial ID for the campaign
    queue_id (str): Queue ID for the campaign
    next_campaign_id (str): ID of the next campaign
    """

    __slots__ = (
        "actions",
        "detail",
        "end_handle",
        "name",
        "next_campaign_id",
        "outdial_id",
        "outplan_id",
        "queue_id",
        "service_level",
        "type",
    )
    _fields = (
        ("name", "name"),
        ("detail", "detail"),
        ("type", "type"),
        ("service_level", "service_level"),
        ("end_handle", "end_handle"),
        ("actions", "actions"),
        ("outplan_id", "outplan_id"),
        ("outdial_id", "outdial_id"),
        ("queue_id", "queue_id"),
        ("next_campaign_id", "next_campaign_id"),
    )
    _wire_names = frozenset(
        {
            "name",
            "detail",
            "type",
            "service_level",
            "end_handle",
            "actions",
            "outplan_id",
            "outdial_id",
            "queue_id",
            "next_campaign_id",
        }
    )

    name: str
    detail: str
    type: CampaignType
    service_level: int
    end_handle: CampaignEndHandle
    actions: list[Action]
    outplan_id: str
    outdial_id: str
    queue_id: str
    next_campaign_id: str

    def __init__(
        self,
        *,
        name: str | None = None,
        detail: str | None = None,
        type: CampaignType | None = None,
        service_level: int | None = None,
        end_handle: CampaignEndHandle | None = None,
        actions: list[Action] | None = None,
        outplan_id: str | None = None,
        outdial_id: str | None = None,
        queue_id: str | None = None,
        next_campaign_id: str | None = None,
    ) -> None:
        self._data = {}
        self.name = name  # type: ignore[assignment]
        self.detail = detail  # type: ignore[assignment]
        self.type = type  # type: ignore[assignment]
        self.service_level = service_level  # type: ignore[assignment]
        self.end_handle = end_handle  # type: ignore[assignment]
        self.actions = actions  # type: ignore[assignment]
        self.outplan_id = outplan_id  # type: ignore[assignment]
        self.outdial_id = outdial_id  # type: ignore[assignment]
        self.queue_id = queue_id  # type: ignore[assignment]
        self.next_campaign_id = next_campaign_id  # type: ignore[assignment]

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "PostCampaignsBody")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("name")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostCampaignsBody", "name", "str", v)
        self.name = v
        v = get("detail")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostCampaignsBody", "detail", "str", v)
        self.detail = v
        v = get("type")
        if v is not None:
            m = CampaignType._value2member_map_.get(v) if type(v) is str else None
            v = (
                open_enum(CampaignType, v, "PostCampaignsBody", "type")
                if m is None
                else m
            )
        self.type = v
        v = get("service_level")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("PostCampaignsBody", "service_level", "int", v)
        self.service_level = v
        v = get("end_handle")
        if v is not None:
            m = CampaignEndHandle._value2member_map_.get(v) if type(v) is str else None
            v = (
                open_enum(CampaignEndHandle, v, "PostCampaignsBody", "end_handle")
                if m is None
                else m
            )
        self.end_handle = v
        v = get("actions")
        if v is not None:
            v = model_list(Action, v, "PostCampaignsBody", "actions")
        self.actions = v
        v = get("outplan_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostCampaignsBody", "outplan_id", "str", v)
        self.outplan_id = v
        v = get("outdial_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostCampaignsBody", "outdial_id", "str", v)
        self.outdial_id = v
        v = get("queue_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostCampaignsBody", "queue_id", "str", v)
        self.queue_id = v
        v = get("next_campaign_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostCampaignsBody", "next_campaign_id", "str", v)
        self.next_campaign_id = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.action import Action
from ..models.campaign_end_handle import CampaignEndHandle
from ..models.campaign_type import CampaignType
