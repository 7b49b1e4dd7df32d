from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
)


class PutServiceAgentsContactCasesIdBody(Model):
    """Attributes:
    contact_id (str): The contact to attach. Empty string detaches. Deliberately NOT format: uuid -- the
        internal RPC-layer uuid.UUID field cannot unmarshal a literal empty string, so this HTTP-layer field stays a
        plain string and the "" -> uuid.Nil conversion happens explicitly in the handler.
    """

    __slots__ = ("contact_id",)
    _fields = (("contact_id", "contact_id"),)
    _wire_names = frozenset(
        {
            "contact_id",
        }
    )

    contact_id: str

    def __init__(
        self,
        *,
        contact_id: str | None = None,
    ) -> None:
        self._data = {}
        self.contact_id = contact_id  # type: ignore[assignment]

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "PutServiceAgentsContactCasesIdBody")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("contact_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError(
                "PutServiceAgentsContactCasesIdBody", "contact_id", "str", v
            )
        self.contact_id = v
        return self
