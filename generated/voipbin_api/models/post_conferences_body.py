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


class PostConferencesBody(Model):
    """Attributes:
    type (ConferenceType): Types of conferences.
    name (str):
    detail (str):
    timeout (int):
    data (PostConferencesBodyData): Custom data associated with the conference.
    pre_flow_id (str):
    post_flow_id (str):
    id (str | None):
    """

    __slots__ = (
        "data",
        "detail",
        "id",
        "name",
        "post_flow_id",
        "pre_flow_id",
        "timeout",
        "type",
    )
    _fields = (
        ("type", "type"),
        ("name", "name"),
        ("detail", "detail"),
        ("timeout", "timeout"),
        ("data", "data"),
        ("pre_flow_id", "pre_flow_id"),
        ("post_flow_id", "post_flow_id"),
        ("id", "id"),
    )
    _wire_names = frozenset(
        {
            "type",
            "name",
            "detail",
            "timeout",
            "data",
            "pre_flow_id",
            "post_flow_id",
            "id",
        }
    )

    type: ConferenceType
    name: str
    detail: str
    timeout: int
    data: PostConferencesBodyData
    pre_flow_id: str
    post_flow_id: str
    id: str | None

    def __init__(
        self,
        *,
        type: ConferenceType | None = None,
        name: str | None = None,
        detail: str | None = None,
        timeout: int | None = None,
        data: PostConferencesBodyData | None = None,
        pre_flow_id: str | None = None,
        post_flow_id: str | None = None,
        id: str | None = None,
    ) -> None:
        self._data = {}
        self.type = type  # type: ignore[assignment]
        self.name = name  # type: ignore[assignment]
        self.detail = detail  # type: ignore[assignment]
        self.timeout = timeout  # type: ignore[assignment]
        self.data = data  # type: ignore[assignment]
        self.pre_flow_id = pre_flow_id  # type: ignore[assignment]
        self.post_flow_id = post_flow_id  # type: ignore[assignment]
        self.id = id

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "PostConferencesBody")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("type")
        if v is not None:
            m = ConferenceType._value2member_map_.get(v) if type(v) is str else None
            v = (
                open_enum(ConferenceType, v, "PostConferencesBody", "type")
                if m is None
                else m
            )
        self.type = v
        v = get("name")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostConferencesBody", "name", "str", v)
        self.name = v
        v = get("detail")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostConferencesBody", "detail", "str", v)
        self.detail = v
        v = get("timeout")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("PostConferencesBody", "timeout", "int", v)
        self.timeout = v
        v = get("data")
        if v is not None:
            try:
                v = PostConferencesBodyData.from_dict(v)
            except FieldError as error:
                raise error.within("PostConferencesBody", "data") from None
        self.data = v
        v = get("pre_flow_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostConferencesBody", "pre_flow_id", "str", v)
        self.pre_flow_id = v
        v = get("post_flow_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostConferencesBody", "post_flow_id", "str", v)
        self.post_flow_id = v
        v = get("id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostConferencesBody", "id", "str", v)
        self.id = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.conference_type import ConferenceType
from ..models.post_conferences_body_data import PostConferencesBodyData
