from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
)


class PutCampaignsIdNextCampaignIdBody(Model):
    """Attributes:
    next_campaign_id (str): The next campaign's id.
    """

    __slots__ = ("next_campaign_id",)
    _fields = (("next_campaign_id", "next_campaign_id"),)
    _wire_names = frozenset(
        {
            "next_campaign_id",
        }
    )

    next_campaign_id: str

    def __init__(
        self,
        *,
        next_campaign_id: str | None = None,
    ) -> None:
        self._data = {}
        self.next_campaign_id = next_campaign_id  # type: ignore[assignment]

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "PutCampaignsIdNextCampaignIdBody")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("next_campaign_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError(
                "PutCampaignsIdNextCampaignIdBody", "next_campaign_id", "str", v
            )
        self.next_campaign_id = v
        return self
