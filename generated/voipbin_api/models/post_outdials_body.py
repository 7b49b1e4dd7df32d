from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
)


class PostOutdialsBody(Model):
    """Attributes:
    campaign_id (str):
    name (str):
    detail (str):
    data (str):
    """

    __slots__ = ("campaign_id", "data", "detail", "name")
    _fields = (
        ("campaign_id", "campaign_id"),
        ("name", "name"),
        ("detail", "detail"),
        ("data", "data"),
    )
    _wire_names = frozenset(
        {
            "campaign_id",
            "name",
            "detail",
            "data",
        }
    )

    campaign_id: str
    name: str
    detail: str
    data: str

    def __init__(
        self,
        *,
        campaign_id: str | None = None,
        name: str | None = None,
        detail: str | None = None,
        data: str | None = None,
    ) -> None:
        self._data = {}
        self.campaign_id = campaign_id  # type: ignore[assignment]
        self.name = name  # type: ignore[assignment]
        self.detail = detail  # type: ignore[assignment]
        self.data = data  # type: ignore[assignment]

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "PostOutdialsBody")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("campaign_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostOutdialsBody", "campaign_id", "str", v)
        self.campaign_id = v
        v = get("name")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostOutdialsBody", "name", "str", v)
        self.name = v
        v = get("detail")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostOutdialsBody", "detail", "str", v)
        self.detail = v
        v = get("data")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostOutdialsBody", "data", "str", v)
        self.data = v
        return self
