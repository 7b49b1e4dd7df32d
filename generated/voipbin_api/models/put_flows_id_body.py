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


class PutFlowsIdBody(Model):
    """Attributes:
    name (str): The updated name of the flow.
    detail (str): The updated details of the flow.
    actions (list[Action]): Updated list of actions associated with the flow.
    on_complete_flow_id (str | None): ID of the flow to be executed on completion.
    """

    __slots__ = ("actions", "detail", "name", "on_complete_flow_id")
    _fields = (
        ("name", "name"),
        ("detail", "detail"),
        ("actions", "actions"),
        ("on_complete_flow_id", "on_complete_flow_id"),
    )
    _wire_names = frozenset(
        {
            "name",
            "detail",
            "actions",
            "on_complete_flow_id",
        }
    )

    name: str
    detail: str
    actions: list[Action]
    on_complete_flow_id: str | None

    def __init__(
        self,
        *,
        name: str | None = None,
        detail: str | None = None,
        actions: list[Action] | None = None,
        on_complete_flow_id: str | None = None,
    ) -> None:
        self._data = {}
        self.name = name  # type: ignore[assignment]
        self.detail = detail  # type: ignore[assignment]
        self.actions = actions  # type: ignore[assignment]
        self.on_complete_flow_id = on_complete_flow_id

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "PutFlowsIdBody")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("name")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PutFlowsIdBody", "name", "str", v)
        self.name = v
        v = get("detail")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PutFlowsIdBody", "detail", "str", v)
        self.detail = v
        v = get("actions")
        if v is not None:
            v = model_list(Action, v, "PutFlowsIdBody", "actions")
        self.actions = v
        v = get("on_complete_flow_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PutFlowsIdBody", "on_complete_flow_id", "str", v)
        self.on_complete_flow_id = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.action import Action
