from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
    open_enum,
)


class ActionOptionMessageSendSource(Model):
    """Contains source or destination detail info.

    Attributes:
        type (ActionOptionMessageSendSourceType | None): Type of address.
        target (str | None): The address endpoint. Format depends on type: phone number for tel (e.g. +14155551234),
            UUID for agent/conference/extension, email for email, SIP URI for sip.
        target_name (str | None): Address's name.
        name (str | None): Optional label for this address.
        detail (str | None): Additional notes about this address.
    """

    __slots__ = ("detail", "name", "target", "target_name", "type")
    _fields = (
        ("type", "type"),
        ("target", "target"),
        ("target_name", "target_name"),
        ("name", "name"),
        ("detail", "detail"),
    )
    _wire_names = frozenset(
        {
            "type",
            "target",
            "target_name",
            "name",
            "detail",
        }
    )

    type: ActionOptionMessageSendSourceType | None
    target: str | None
    target_name: str | None
    name: str | None
    detail: str | None

    def __init__(
        self,
        *,
        type: ActionOptionMessageSendSourceType | None = None,
        target: str | None = None,
        target_name: str | None = None,
        name: str | None = None,
        detail: str | None = None,
    ) -> None:
        self._data = {}
        self.type = type
        self.target = target
        self.target_name = target_name
        self.name = name
        self.detail = detail

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "ActionOptionMessageSendSource")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("type")
        if v is not None:
            v = open_enum(
                ActionOptionMessageSendSourceType,
                v,
                "ActionOptionMessageSendSource",
                "type",
            )
        self.type = v
        v = get("target")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ActionOptionMessageSendSource", "target", "str", v)
        self.target = v
        v = get("target_name")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ActionOptionMessageSendSource", "target_name", "str", v)
        self.target_name = v
        v = get("name")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ActionOptionMessageSendSource", "name", "str", v)
        self.name = v
        v = get("detail")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ActionOptionMessageSendSource", "detail", "str", v)
        self.detail = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.action_option_message_send_source_type import (
    ActionOptionMessageSendSourceType,
)
