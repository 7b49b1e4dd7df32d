from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
)


class PutCampaignsIdServiceLevelBody(Model):
    """Attributes:
    service_level (int): The campaign's service level.
    """

    __slots__ = ("service_level",)
    _fields = (("service_level", "service_level"),)
    _wire_names = frozenset(
        {
            "service_level",
        }
    )

    service_level: int

    def __init__(
        self,
        *,
        service_level: int | None = None,
    ) -> None:
        self._data = {}
        self.service_level = service_level  # type: ignore[assignment]

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "PutCampaignsIdServiceLevelBody")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("service_level")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError(
                "PutCampaignsIdServiceLevelBody", "service_level", "int", v
            )
        self.service_level = v
        return self
