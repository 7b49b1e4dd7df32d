from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    Address,
    FieldError,
    Model,
    as_object,
    model_list,
    new_model,
    open_enum,
)


class ActionOptionConnect(Model):
    """Attributes:
    source (Address | None): Contains source or destination detail info.
    destinations (list[Address] | None): List of destination addresses. Must contain at least one destination.
    early_media (bool | None): If true, the call will get early media from the destination.
    relay_reason (bool | None): If true, the master call will try to hang up with the same reason as the first
        destination call.
        Valid only if the first destination call hangs up earlier than the master call.
    anonymous (ActionOptionConnectAnonymous | None): Controls anonymous caller ID for the outbound PSTN leg.
        "yes" — always send anonymous caller ID (RFC 3323 Privacy header). "no" — never anonymize, always show real
        caller ID. "auto" — inherit from incoming call's Privacy header (default). Only affects PSTN destinations
        (type "tel").
    """

    __slots__ = ("anonymous", "destinations", "early_media", "relay_reason", "source")
    _fields = (
        ("source", "source"),
        ("destinations", "destinations"),
        ("early_media", "early_media"),
        ("relay_reason", "relay_reason"),
        ("anonymous", "anonymous"),
    )
    _wire_names = frozenset(
        {
            "source",
            "destinations",
            "early_media",
            "relay_reason",
            "anonymous",
        }
    )

    source: Address | None
    destinations: list[Address] | None
    early_media: bool | None
    relay_reason: bool | None
    anonymous: ActionOptionConnectAnonymous | None

    def __init__(
        self,
        *,
        source: Address | None = None,
        destinations: list[Address] | None = None,
        early_media: bool | None = None,
        relay_reason: bool | None = None,
        anonymous: ActionOptionConnectAnonymous | None = None,
    ) -> None:
        self._data = {}
        self.source = source
        self.destinations = destinations
        self.early_media = early_media
        self.relay_reason = relay_reason
        self.anonymous = anonymous

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "ActionOptionConnect")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("source")
        if v is not None:
            try:
                v = Address.from_dict(v)
            except FieldError as error:
                raise error.within("ActionOptionConnect", "source") from None
        self.source = v
        v = get("destinations")
        if v is not None:
            v = model_list(Address, v, "ActionOptionConnect", "destinations")
        self.destinations = v
        v = get("early_media")
        if type(v) is not bool and v is not None:
            raise FieldError("ActionOptionConnect", "early_media", "bool", v)
        self.early_media = v
        v = get("relay_reason")
        if type(v) is not bool and v is not None:
            raise FieldError("ActionOptionConnect", "relay_reason", "bool", v)
        self.relay_reason = v
        v = get("anonymous")
        if v is not None:
            m = (
                ActionOptionConnectAnonymous._value2member_map_.get(v)
                if type(v) is str
                else None
            )
            v = (
                open_enum(
                    ActionOptionConnectAnonymous, v, "ActionOptionConnect", "anonymous"
                )
                if m is None
                else m
            )
        self.anonymous = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.action_option_connect_anonymous import ActionOptionConnectAnonymous
