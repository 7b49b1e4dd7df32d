from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
    open_enum,
)


class PutCampaignsIdBody(Model):
    """Attributes:
    name (str): Updated name of the campaign
    detail (str): Updated details of the campaign
    type (CampaignType): Type of campaign.
    service_level (int): Updated service level of the campaign
    end_handle (CampaignEndHandle): Behavior of the campaign after outdial has no more targets.
    """

    __slots__ = ("detail", "end_handle", "name", "service_level", "type")
    _fields = (
        ("name", "name"),
        ("detail", "detail"),
        ("type", "type"),
        ("service_level", "service_level"),
        ("end_handle", "end_handle"),
    )
    _wire_names = frozenset(
        {
            "name",
            "detail",
            "type",
            "service_level",
            "end_handle",
        }
    )

    name: str
    detail: str
    type: CampaignType
    service_level: int
    end_handle: CampaignEndHandle

    def __init__(
        self,
        *,
        name: str | None = None,
        detail: str | None = None,
        type: CampaignType | None = None,
        service_level: int | None = None,
        end_handle: CampaignEndHandle | None = None,
    ) -> None:
        self._data = {}
        self.name = name  # type: ignore[assignment]
        self.detail = detail  # type: ignore[assignment]
        self.type = type  # type: ignore[assignment]
        self.service_level = service_level  # type: ignore[assignment]
        self.end_handle = end_handle  # type: ignore[assignment]

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "PutCampaignsIdBody")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("name")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PutCampaignsIdBody", "name", "str", v)
        self.name = v
        v = get("detail")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PutCampaignsIdBody", "detail", "str", v)
        self.detail = v
        v = get("type")
        if v is not None:
            m = CampaignType._value2member_map_.get(v) if type(v) is str else None
            v = (
                open_enum(CampaignType, v, "PutCampaignsIdBody", "type")
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
            raise FieldError("PutCampaignsIdBody", "service_level", "int", v)
        self.service_level = v
        v = get("end_handle")
        if v is not None:
            m = CampaignEndHandle._value2member_map_.get(v) if type(v) is str else None
            v = (
                open_enum(CampaignEndHandle, v, "PutCampaignsIdBody", "end_handle")
                if m is None
                else m
            )
        self.end_handle = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.campaign_end_handle import CampaignEndHandle
from ..models.campaign_type import CampaignType
