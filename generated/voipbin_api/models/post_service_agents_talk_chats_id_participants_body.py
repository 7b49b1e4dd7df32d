from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
)


class PostServiceAgentsTalkChatsIdParticipantsBody(Model):
    """Attributes:
    owner_type (str): Type of the owner (agent, customer, etc.).
    owner_id (str): ID of the owner to add as participant.
    """

    __slots__ = ("owner_id", "owner_type")
    _fields = (
        ("owner_type", "owner_type"),
        ("owner_id", "owner_id"),
    )
    _wire_names = frozenset(
        {
            "owner_type",
            "owner_id",
        }
    )

    owner_type: str
    owner_id: str

    def __init__(
        self,
        *,
        owner_type: str | None = None,
        owner_id: str | None = None,
    ) -> None:
        self._data = {}
        self.owner_type = owner_type  # type: ignore[assignment]
        self.owner_id = owner_id  # type: ignore[assignment]

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "PostServiceAgentsTalkChatsIdParticipantsBody")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("owner_type")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError(
                "PostServiceAgentsTalkChatsIdParticipantsBody", "owner_type", "str", v
            )
        self.owner_type = v
        v = get("owner_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError(
                "PostServiceAgentsTalkChatsIdParticipantsBody", "owner_id", "str", v
            )
        self.owner_id = v
        return self
