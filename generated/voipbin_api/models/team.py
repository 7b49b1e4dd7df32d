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
    timestamp,
)


class Team(Model):
    """Attributes:
    id (str): The unique identifier of the team.
    customer_id (str): The unique identifier of the associated customer. Returned from the `GET /customers`
        response.
    start_member_id (str): The member ID that starts the conversation. Must reference one of the members in the
        members array.
    tm_create (datetime.datetime | None): Timestamp when the team was created.
    tm_update (datetime.datetime | None): Timestamp when the team was last updated.
    tm_delete (datetime.datetime | None): Timestamp when the team was deleted.
    name (str | None): Name of the team.
    detail (str | None): Detailed description of the team.
    members (list[TeamMember] | None): List of team members forming the graph nodes.
    parameter (TeamParameter | None):
    direct_hash (str | None): The direct hash for direct access via SIP URI sip:<direct_hash>@sip.voipbin.net
        (the "direct." prefix is already included in the value, e.g. "direct.a1b2c3d4e5f6"). Returned from the
        resource's `direct_hash` field.
    """

    __slots__ = (
        "customer_id",
        "detail",
        "direct_hash",
        "id",
        "members",
        "name",
        "parameter",
        "start_member_id",
        "tm_create",
        "tm_delete",
        "tm_update",
    )
    _fields = (
        ("id", "id"),
        ("customer_id", "customer_id"),
        ("start_member_id", "start_member_id"),
        ("tm_create", "tm_create"),
        ("tm_update", "tm_update"),
        ("tm_delete", "tm_delete"),
        ("name", "name"),
        ("detail", "detail"),
        ("members", "members"),
        ("parameter", "parameter"),
        ("direct_hash", "direct_hash"),
    )
    _wire_names = frozenset(
        {
            "id",
            "customer_id",
            "start_member_id",
            "tm_create",
            "tm_update",
            "tm_delete",
            "name",
            "detail",
            "members",
            "parameter",
            "direct_hash",
        }
    )

    id: str
    customer_id: str
    start_member_id: str
    tm_create: datetime.datetime | None
    tm_update: datetime.datetime | None
    tm_delete: datetime.datetime | None
    name: str | None
    detail: str | None
    members: list[TeamMember] | None
    parameter: TeamParameter | None
    direct_hash: str | None

    def __init__(
        self,
        *,
        id: str | None = None,
        customer_id: str | None = None,
        start_member_id: str | None = None,
        tm_create: datetime.datetime | None = None,
        tm_update: datetime.datetime | None = None,
        tm_delete: datetime.datetime | None = None,
        name: str | None = None,
        detail: str | None = None,
        members: list[TeamMember] | None = None,
        parameter: TeamParameter | None = None,
        direct_hash: str | None = None,
    ) -> None:
        self._data = {}
        self.id = id  # type: ignore[assignment]
        self.customer_id = customer_id  # type: ignore[assignment]
        self.start_member_id = start_member_id  # type: ignore[assignment]
        self.tm_create = tm_create
        self.tm_update = tm_update
        self.tm_delete = tm_delete
        self.name = name
        self.detail = detail
        self.members = members
        self.parameter = parameter
        self.direct_hash = direct_hash

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = src_dict if type(src_dict) is dict else as_object(src_dict, "Team")
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Team", "id", "str", v)
        self.id = v
        v = get("customer_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Team", "customer_id", "str", v)
        self.customer_id = v
        v = get("start_member_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Team", "start_member_id", "str", v)
        self.start_member_id = v
        v = get("tm_create")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Team", "tm_create")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_create = v
        v = get("tm_update")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Team", "tm_update")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_update = v
        v = get("tm_delete")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Team", "tm_delete")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_delete = v
        v = get("name")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Team", "name", "str", v)
        self.name = v
        v = get("detail")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Team", "detail", "str", v)
        self.detail = v
        v = get("members")
        if v is not None:
            v = model_list(TeamMember, v, "Team", "members")
        self.members = v
        v = get("parameter")
        if v is not None:
            try:
                v = TeamParameter.from_dict(v)
            except FieldError as error:
                raise error.within("Team", "parameter") from None
        self.parameter = v
        v = get("direct_hash")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Team", "direct_hash", "str", v)
        self.direct_hash = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.team_member import TeamMember
from ..models.team_parameter import TeamParameter
