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


class PostCallsBody(Model):
    """Attributes:
    flow_id (str | None): The flow to execute for this call. The flow ID returned from the POST /flows or GET
        /flows response. Provide either flow_id or actions. If both are supplied, flow_id takes precedence and
        actions is ignored.
    actions (list[Action] | None): Inline flow actions used to build an ephemeral flow for this call. Provide
        either flow_id or actions. Ignored if flow_id is set.
    source (Address | None): Contains source or destination detail info.
    destinations (list[Address] | None):
    anonymous (PostCallsBodyAnonymous | None): Controls anonymous caller ID for outbound PSTN calls. "yes" —
        always send anonymous caller ID (RFC 3323 Privacy header). "no" — never anonymize, always show real caller
        ID. "auto" — inherit from incoming call's Privacy header (default).
    variables (PostCallsBodyVariables | None): Optional flat key-value context seeded into the new call's flow
        as runtime variables, readable in the flow via ${key}. String values only. Reserved keys starting with
        'voipbin.' are ignored. Max 100 keys, 64KB total, 32KB per value.
    """

    __slots__ = (
        "actions",
        "anonymous",
        "destinations",
        "flow_id",
        "source",
        "variables",
    )
    _fields = (
        ("flow_id", "flow_id"),
        ("actions", "actions"),
        ("source", "source"),
        ("destinations", "destinations"),
        ("anonymous", "anonymous"),
        ("variables", "variables"),
    )
    _wire_names = frozenset(
        {
            "flow_id",
            "actions",
            "source",
            "destinations",
            "anonymous",
            "variables",
        }
    )

    flow_id: str | None
    actions: list[Action] | None
    source: Address | None
    destinations: list[Address] | None
    anonymous: PostCallsBodyAnonymous | None
    variables: PostCallsBodyVariables | None

    def __init__(
        self,
        *,
        flow_id: str | None = None,
        actions: list[Action] | None = None,
        source: Address | None = None,
        destinations: list[Address] | None = None,
        anonymous: PostCallsBodyAnonymous | None = None,
        variables: PostCallsBodyVariables | None = None,
    ) -> None:
        self._data = {}
        self.flow_id = flow_id
        self.actions = actions
        self.source = source
        self.destinations = destinations
        self.anonymous = anonymous
        self.variables = variables

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = src_dict if type(src_dict) is dict else as_object(src_dict, "PostCallsBody")
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("flow_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostCallsBody", "flow_id", "str", v)
        self.flow_id = v
        v = get("actions")
        if v is not None:
            v = model_list(Action, v, "PostCallsBody", "actions")
        self.actions = v
        v = get("source")
        if v is not None:
            try:
                v = Address.from_dict(v)
            except FieldError as error:
                raise error.within("PostCallsBody", "source") from None
        self.source = v
        v = get("destinations")
        if v is not None:
            v = model_list(Address, v, "PostCallsBody", "destinations")
        self.destinations = v
        v = get("anonymous")
        if v is not None:
            m = (
                PostCallsBodyAnonymous._value2member_map_.get(v)
                if type(v) is str
                else None
            )
            v = (
                open_enum(PostCallsBodyAnonymous, v, "PostCallsBody", "anonymous")
                if m is None
                else m
            )
        self.anonymous = v
        v = get("variables")
        if v is not None:
            try:
                v = PostCallsBodyVariables.from_dict(v)
            except FieldError as error:
                raise error.within("PostCallsBody", "variables") from None
        self.variables = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.action import Action
from ..models.post_calls_body_anonymous import PostCallsBodyAnonymous
from ..models.post_calls_body_variables import PostCallsBodyVariables
