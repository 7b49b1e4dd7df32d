from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    model_list,
    new_model,
)


class PutTeamsIdBody(Model):
    """Attributes:
    name (str): Name of the team.
    detail (str): Detailed description of the team.
    start_member_id (str): The member ID that starts the conversation. Must reference one of the members in the
        members array.
    members (list[TeamMember]): List of team members forming the graph nodes.
    parameter (PutTeamsIdBodyParameter | None): Custom key-value parameter data for the team. Supports flow
        variable substitution at runtime.
    """

    __slots__ = ("detail", "members", "name", "parameter", "start_member_id")
    _fields = (
        ("name", "name"),
        ("detail", "detail"),
        ("start_member_id", "start_member_id"),
        ("members", "members"),
        ("parameter", "parameter"),
    )
    _wire_names = frozenset(
        {
            "name",
            "detail",
            "start_member_id",
            "members",
            "parameter",
        }
    )

    name: str
    detail: str
    start_member_id: str
    members: list[TeamMember]
    parameter: PutTeamsIdBodyParameter | None

    def __init__(
        self,
        *,
        name: str | None = None,
        detail: str | None = None,
        start_member_id: str | None = None,
        members: list[TeamMember] | None = None,
        parameter: PutTeamsIdBodyParameter | None = None,
    ) -> None:
        self._data = {}
        self.name = name  # type: ignore[assignment]
        self.detail = detail  # type: ignore[assignment]
        self.start_member_id = start_member_id  # type: ignore[assignment]
        self.members = members  # type: ignore[assignment]
        self.parameter = parameter

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "PutTeamsIdBody")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("name")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PutTeamsIdBody", "name", "str", v)
        self.name = v
        v = get("detail")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PutTeamsIdBody", "detail", "str", v)
        self.detail = v
        v = get("start_member_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PutTeamsIdBody", "start_member_id", "str", v)
        self.start_member_id = v
        v = get("members")
        if v is not None:
            v = model_list(TeamMember, v, "PutTeamsIdBody", "members")
        self.members = v
        v = get("parameter")
        if v is not None:
            try:
                v = PutTeamsIdBodyParameter.from_dict(v)
            except FieldError as error:
                raise error.within("PutTeamsIdBody", "parameter") from None
        self.parameter = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.put_teams_id_body_parameter import PutTeamsIdBodyParameter
from ..models.team_member import TeamMember
