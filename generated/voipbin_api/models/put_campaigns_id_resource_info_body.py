from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
)


class PutCampaignsIdResourceInfoBody(Model):
    """Attributes:
    outplan_id (str): outplan's id.
    outdial_id (str): outplan's id.
    queue_id (str): queue's id.
    next_campaign_id (str): next campaign's id.
    """

    __slots__ = ("next_campaign_id", "outdial_id", "outplan_id", "queue_id")
    _fields = (
        ("outplan_id", "outplan_id"),
        ("outdial_id", "outdial_id"),
        ("queue_id", "queue_id"),
        ("next_campaign_id", "next_campaign_id"),
    )
    _wire_names = frozenset(
        {
            "outplan_id",
            "outdial_id",
            "queue_id",
            "next_campaign_id",
        }
    )

    outplan_id: str
    outdial_id: str
    queue_id: str
    next_campaign_id: str

    def __init__(
        self,
        *,
        outplan_id: str | None = None,
        outdial_id: str | None = None,
        queue_id: str | None = None,
        next_campaign_id: str | None = None,
    ) -> None:
        self._data = {}
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
            else as_object(src_dict, "PutCampaignsIdResourceInfoBody")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("outplan_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PutCampaignsIdResourceInfoBody", "outplan_id", "str", v)
        self.outplan_id = v
        v = get("outdial_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PutCampaignsIdResourceInfoBody", "outdial_id", "str", v)
        self.outdial_id = v
        v = get("queue_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PutCampaignsIdResourceInfoBody", "queue_id", "str", v)
        self.queue_id = v
        v = get("next_campaign_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError(
                "PutCampaignsIdResourceInfoBody", "next_campaign_id", "str", v
            )
        self.next_campaign_id = v
        return self
