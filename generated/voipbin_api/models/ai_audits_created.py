from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    Model,
    as_object,
    model_list,
    new_model,
)


class AIAuditsCreated(Model):
    """Attributes:
    result (list[AIAudit] | None):
    """

    __slots__ = ("result",)
    _fields = (("result", "result"),)
    _wire_names = frozenset(
        {
            "result",
        }
    )

    result: list[AIAudit] | None

    def __init__(
        self,
        *,
        result: list[AIAudit] | None = None,
    ) -> None:
        self._data = {}
        self.result = result

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "AIAuditsCreated")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("result")
        if v is not None:
            v = model_list(AIAudit, v, "AIAuditsCreated", "result")
        self.result = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.ai_audit import AIAudit
