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


class ActionOptionCall(Model):
    """Attributes:
    source (Address | None): Contains source or destination detail info.
    destinations (list[Address] | None): List of destination addresses. Must contain at least one destination.
    flow_id (str | None): The unique identifier of the flow to execute on the created call. Returned from the
        `POST /flows` or `GET /flows` response.
    actions (list[Action] | None): Inline actions to execute on the created call.
    chained (bool | None): If true, created calls will hang up when the master call hangs up.
    early_execution (bool | None): If true, the created call executes the flow before call answer.
    anonymous (ActionOptionCallAnonymous | None): Controls anonymous caller ID for outbound PSTN calls. "yes" —
        always send anonymous caller ID (RFC 3323 Privacy header). "no" — never anonymize, always show real caller
        ID. "auto" — inherit from incoming call's Privacy header (default). Only affects PSTN destinations (type
        "tel").
    """

    __slots__ = (
        "actions",
        "anonymous",
        "chained",
        "destinations",
        "early_execution",
        "flow_id",
        "source",
    )
    _fields = (
        ("source", "source"),
        ("destinations", "destinations"),
        ("flow_id", "flow_id"),
        ("actions", "actions"),
        ("chained", "chained"),
        ("early_execution", "early_execution"),
        ("anonymous", "anonymous"),
    )
    _wire_names = frozenset(
        {
            "source",
            "destinations",
            "flow_id",
            "actions",
            "chained",
            "early_execution",
            "anonymous",
        }
    )

    source: Address | None
    destinations: list[Address] | None
    flow_id: str | None
    actions: list[Action] | None
    chained: bool | None
    early_execution: bool | None
    anonymous: ActionOptionCallAnonymous | None

    def __init__(
        self,
        *,
        source: Address | None = None,
        destinations: list[Address] | None = None,
        flow_id: str | None = None,
        actions: list[Action] | None = None,
        chained: bool | None = None,
        early_execution: bool | None = None,
        anonymous: ActionOptionCallAnonymous | None = None,
    ) -> None:
        self._data = {}
        self.source = source
        self.destinations = destinations
        self.flow_id = flow_id
        self.actions = actions
        self.chained = chained
        self.early_execution = early_execution
        self.anonymous = anonymous

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "ActionOptionCall")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("source")
        if v is not None:
            try:
                v = Address.from_dict(v)
            except FieldError as error:
                raise error.within("ActionOptionCall", "source") from None
        self.source = v
        v = get("destinations")
        if v is not None:
            v = model_list(Address, v, "ActionOptionCall", "destinations")
        self.destinations = v
        v = get("flow_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ActionOptionCall", "flow_id", "str", v)
        self.flow_id = v
        v = get("actions")
        if v is not None:
            v = model_list(Action, v, "ActionOptionCall", "actions")
        self.actions = v
        v = get("chained")
        if type(v) is not bool and v is not None:
            raise FieldError("ActionOptionCall", "chained", "bool", v)
        self.chained = v
        v = get("early_execution")
        if type(v) is not bool and v is not None:
            raise FieldError("ActionOptionCall", "early_execution", "bool", v)
        self.early_execution = v
        v = get("anonymous")
        if v is not None:
            m = (
                ActionOptionCallAnonymous._value2member_map_.get(v)
                if type(v) is str
                else None
            )
            v = (
                open_enum(ActionOptionCallAnonymous, v, "ActionOptionCall", "anonymous")
                if m is None
                else m
            )
        self.anonymous = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.action import Action
from ..models.action_option_call_anonymous import ActionOptionCallAnonymous
