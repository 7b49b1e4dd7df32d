from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
)


class ActionOptionBranch(Model):
    """Attributes:
    variable (str | None): Variable name to evaluate for branching.
    default_target_id (str | None): Default target ID if input does not match any branch targets. References an
        action `id` within the same flow's `actions` array.
    target_ids (ActionOptionBranchTargetIds | None):
    """

    __slots__ = ("default_target_id", "target_ids", "variable")
    _fields = (
        ("variable", "variable"),
        ("default_target_id", "default_target_id"),
        ("target_ids", "target_ids"),
    )
    _wire_names = frozenset(
        {
            "variable",
            "default_target_id",
            "target_ids",
        }
    )

    variable: str | None
    default_target_id: str | None
    target_ids: ActionOptionBranchTargetIds | None

    def __init__(
        self,
        *,
        variable: str | None = None,
        default_target_id: str | None = None,
        target_ids: ActionOptionBranchTargetIds | None = None,
    ) -> None:
        self._data = {}
        self.variable = variable
        self.default_target_id = default_target_id
        self.target_ids = target_ids

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "ActionOptionBranch")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("variable")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ActionOptionBranch", "variable", "str", v)
        self.variable = v
        v = get("default_target_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ActionOptionBranch", "default_target_id", "str", v)
        self.default_target_id = v
        v = get("target_ids")
        if v is not None:
            try:
                v = ActionOptionBranchTargetIds.from_dict(v)
            except FieldError as error:
                raise error.within("ActionOptionBranch", "target_ids") from None
        self.target_ids = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.action_option_branch_target_ids import ActionOptionBranchTargetIds
