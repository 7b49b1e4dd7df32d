from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
)


class TeamTransition(Model):
    """A transition edge that triggers a switch from one member to another via LLM function calling.

    Attributes:
        next_member_id (str): The member ID to transition to. Must reference an existing member in the team.
        function_name (str | None): The function name that the LLM calls to trigger this transition. Must not
            collide with reserved tool names.
        description (str | None): Human-readable description of when this transition should be triggered. Used as
            the function description in LLM tool definitions.
    """

    __slots__ = ("description", "function_name", "next_member_id")
    _fields = (
        ("next_member_id", "next_member_id"),
        ("function_name", "function_name"),
        ("description", "description"),
    )
    _wire_names = frozenset(
        {
            "next_member_id",
            "function_name",
            "description",
        }
    )

    next_member_id: str
    function_name: str | None
    description: str | None

    def __init__(
        self,
        *,
        next_member_id: str | None = None,
        function_name: str | None = None,
        description: str | None = None,
    ) -> None:
        self._data = {}
        self.next_member_id = next_member_id  # type: ignore[assignment]
        self.function_name = function_name
        self.description = description

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "TeamTransition")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("next_member_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("TeamTransition", "next_member_id", "str", v)
        self.next_member_id = v
        v = get("function_name")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("TeamTransition", "function_name", "str", v)
        self.function_name = v
        v = get("description")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("TeamTransition", "description", "str", v)
        self.description = v
        return self
