from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    Model,
    as_object,
    model_list,
    new_model,
)


class TalkMetadata(Model):
    """Attributes:
    reactions (list[Reaction] | None): List of reactions on the message.
    """

    __slots__ = ("reactions",)
    _fields = (("reactions", "reactions"),)
    _wire_names = frozenset(
        {
            "reactions",
        }
    )

    reactions: list[Reaction] | None

    def __init__(
        self,
        *,
        reactions: list[Reaction] | None = None,
    ) -> None:
        self._data = {}
        self.reactions = reactions

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = src_dict if type(src_dict) is dict else as_object(src_dict, "TalkMetadata")
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("reactions")
        if v is not None:
            v = model_list(Reaction, v, "TalkMetadata", "reactions")
        self.reactions = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.reaction import Reaction
