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


class TeamMember(Model):
    """A member node in the team graph, backed by an existing AI configuration.

    Attributes:
        id (str): The unique identifier of this member within the team.
        ai_id (str): The AI configuration backing this member. Returned from the `POST /ais` or `GET /ais` response.
        name (str | None): Display name for this member.
        transitions (list[TeamTransition] | None): List of transitions (edges) from this member to other members.
    """

    __slots__ = ("ai_id", "id", "name", "transitions")
    _fields = (
        ("id", "id"),
        ("ai_id", "ai_id"),
        ("name", "name"),
        ("transitions", "transitions"),
    )
    _wire_names = frozenset(
        {
            "id",
            "ai_id",
            "name",
            "transitions",
        }
    )

    id: str
    ai_id: str
    name: str | None
    transitions: list[TeamTransition] | None

    def __init__(
        self,
        *,
        id: str | None = None,
        ai_id: str | None = None,
        name: str | None = None,
        transitions: list[TeamTransition] | None = None,
    ) -> None:
        self._data = {}
        self.id = id  # type: ignore[assignment]
        self.ai_id = ai_id  # type: ignore[assignment]
        self.name = name
        self.transitions = transitions

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = src_dict if type(src_dict) is dict else as_object(src_dict, "TeamMember")
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("TeamMember", "id", "str", v)
        self.id = v
        v = get("ai_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("TeamMember", "ai_id", "str", v)
        self.ai_id = v
        v = get("name")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("TeamMember", "name", "str", v)
        self.name = v
        v = get("transitions")
        if v is not None:
            v = model_list(TeamTransition, v, "TeamMember", "transitions")
        self.transitions = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.team_transition import TeamTransition
