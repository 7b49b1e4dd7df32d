from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
)


class PutOutdialsIdCampaignIdBody(Model):
    """Attributes:
    campaign_id (str):
    """

    __slots__ = ("campaign_id",)
    _fields = (("campaign_id", "campaign_id"),)
    _wire_names = frozenset(
        {
            "campaign_id",
        }
    )

    campaign_id: str

    def __init__(
        self,
        *,
        campaign_id: str | None = None,
    ) -> None:
        self._data = {}
        self.campaign_id = campaign_id  # type: ignore[assignment]

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "PutOutdialsIdCampaignIdBody")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("campaign_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PutOutdialsIdCampaignIdBody", "campaign_id", "str", v)
        self.campaign_id = v
        return self
