from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    Model,
    as_object,
    model_list,
    new_model,
)


class PutCampaignsIdActionsBody(Model):
    """Attributes:
    actions (list[Action]):
    """

    __slots__ = ("actions",)
    _fields = (("actions", "actions"),)
    _wire_names = frozenset(
        {
            "actions",
        }
    )

    actions: list[Action]

    def __init__(
        self,
        *,
        actions: list[Action] | None = None,
    ) -> None:
        self._data = {}
        self.actions = actions  # type: ignore[assignment]

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "PutCampaignsIdActionsBody")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("actions")
        if v is not None:
            v = model_list(Action, v, "PutCampaignsIdActionsBody", "actions")
        self.actions = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.action import Action
