from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
)


class PostServiceAgentsContactCasesIdAssignBody(Model):
    """Attributes:
    owner_id (str): The agent ID to assign as the case owner. The agent ID returned from the `GET
        /service_agents/agents` response.
    """

    __slots__ = ("owner_id",)
    _fields = (("owner_id", "owner_id"),)
    _wire_names = frozenset(
        {
            "owner_id",
        }
    )

    owner_id: str

    def __init__(
        self,
        *,
        owner_id: str | None = None,
    ) -> None:
        self._data = {}
        self.owner_id = owner_id  # type: ignore[assignment]

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "PostServiceAgentsContactCasesIdAssignBody")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("owner_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError(
                "PostServiceAgentsContactCasesIdAssignBody", "owner_id", "str", v
            )
        self.owner_id = v
        return self
