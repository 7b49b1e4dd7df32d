from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
)


class PutConferencesIdBody(Model):
    """Attributes:
    name (str):
    detail (str):
    data (PutConferencesIdBodyData): Custom data associated with the conference.
    timeout (int):
    pre_flow_id (str):
    post_flow_id (str):
    """

    __slots__ = ("data", "detail", "name", "post_flow_id", "pre_flow_id", "timeout")
    _fields = (
        ("name", "name"),
        ("detail", "detail"),
        ("data", "data"),
        ("timeout", "timeout"),
        ("pre_flow_id", "pre_flow_id"),
        ("post_flow_id", "post_flow_id"),
    )
    _wire_names = frozenset(
        {
            "name",
            "detail",
            "data",
            "timeout",
            "pre_flow_id",
            "post_flow_id",
        }
    )

    name: str
    detail: str
    data: PutConferencesIdBodyData
    timeout: int
    pre_flow_id: str
    post_flow_id: str

    def __init__(
        self,
        *,
        name: str | None = None,
        detail: str | None = None,
        data: PutConferencesIdBodyData | None = None,
        timeout: int | None = None,
        pre_flow_id: str | None = None,
        post_flow_id: str | None = None,
    ) -> None:
        self._data = {}
        self.name = name  # type: ignore[assignment]
        self.detail = detail  # type: ignore[assignment]
        self.data = data  # type: ignore[assignment]
        self.timeout = timeout  # type: ignore[assignment]
        self.pre_flow_id = pre_flow_id  # type: ignore[assignment]
        self.post_flow_id = post_flow_id  # type: ignore[assignment]

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "PutConferencesIdBody")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("name")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PutConferencesIdBody", "name", "str", v)
        self.name = v
        v = get("detail")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PutConferencesIdBody", "detail", "str", v)
        self.detail = v
        v = get("data")
        if v is not None:
            try:
                v = PutConferencesIdBodyData.from_dict(v)
            except FieldError as error:
                raise error.within("PutConferencesIdBody", "data") from None
        self.data = v
        v = get("timeout")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("PutConferencesIdBody", "timeout", "int", v)
        self.timeout = v
        v = get("pre_flow_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PutConferencesIdBody", "pre_flow_id", "str", v)
        self.pre_flow_id = v
        v = get("post_flow_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PutConferencesIdBody", "post_flow_id", "str", v)
        self.post_flow_id = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.put_conferences_id_body_data import PutConferencesIdBodyData
