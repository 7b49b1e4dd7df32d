from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
)


class PostContactAddressesIdClaimBody(Model):
    """Attributes:
    contact_id (str):
    force (bool | None): When true, overwrite ownership even if the address is currently claimed by a different,
        still-active contact (no 409). Defaults to false, which preserves the original claim behavior. Has no effect
        when the address is unresolved or already owned by the requesting contact.
    """

    __slots__ = (
        "contact_id",
        "force",
    )
    _fields = (
        ("contact_id", "contact_id"),
        ("force", "force"),
    )
    _wire_names = frozenset(
        {
            "contact_id",
            "force",
        }
    )

    contact_id: str
    force: bool | None

    def __init__(
        self,
        *,
        contact_id: str | None = None,
        force: bool | None = None,
    ) -> None:
        self._data = {}
        self.contact_id = contact_id  # type: ignore[assignment]
        self.force = force

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "PostContactAddressesIdClaimBody")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("contact_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostContactAddressesIdClaimBody", "contact_id", "str", v)
        self.contact_id = v
        v = get("force")
        if type(v) is not bool and v is not None:
            raise FieldError("PostContactAddressesIdClaimBody", "force", "bool", v)
        self.force = v
        return self
