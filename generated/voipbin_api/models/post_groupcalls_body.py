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


class PostGroupcallsBody(Model):
    """Provide either flow_id or actions. If both are set, flow_id takes precedence and actions is ignored.

    Attributes:
        source (Address): Contains source or destination detail info.
        destinations (list[Address]):
        ring_method (GroupcallRingMethod): Method used for dialing
        answer_method (GroupcallAnswerMethod): Method to handle answered calls
        flow_id (str | None): The flow to execute for the groupcall. Provide either flow_id or actions; if both are
            set, flow_id takes precedence and actions is ignored. The flow ID returned from the POST /flows or GET
            /flows response.
        actions (list[Action] | None): Inline actions used to build a temporary flow when flow_id is not provided.
            Provide either flow_id or actions.
    """

    __slots__ = (
        "actions",
        "answer_method",
        "destinations",
        "flow_id",
        "ring_method",
        "source",
    )
    _fields = (
        ("source", "source"),
        ("destinations", "destinations"),
        ("ring_method", "ring_method"),
        ("answer_method", "answer_method"),
        ("flow_id", "flow_id"),
        ("actions", "actions"),
    )
    _wire_names = frozenset(
        {
            "source",
            "destinations",
            "ring_method",
            "answer_method",
            "flow_id",
            "actions",
        }
    )

    source: Address
    destinations: list[Address]
    ring_method: GroupcallRingMethod
    answer_method: GroupcallAnswerMethod
    flow_id: str | None
    actions: list[Action] | None

    def __init__(
        self,
        *,
        source: Address | None = None,
        destinations: list[Address] | None = None,
        ring_method: GroupcallRingMethod | None = None,
        answer_method: GroupcallAnswerMethod | None = None,
        flow_id: str | None = None,
        actions: list[Action] | None = None,
    ) -> None:
        self._data = {}
        self.source = source  # type: ignore[assignment]
        self.destinations = destinations  # type: ignore[assignment]
        self.ring_method = ring_method  # type: ignore[assignment]
        self.answer_method = answer_method  # type: ignore[assignment]
        self.flow_id = flow_id
        self.actions = actions

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "PostGroupcallsBody")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("source")
        if v is not None:
            try:
                v = Address.from_dict(v)
            except FieldError as error:
                raise error.within("PostGroupcallsBody", "source") from None
        self.source = v
        v = get("destinations")
        if v is not None:
            v = model_list(Address, v, "PostGroupcallsBody", "destinations")
        self.destinations = v
        v = get("ring_method")
        if v is not None:
            m = (
                GroupcallRingMethod._value2member_map_.get(v)
                if type(v) is str
                else None
            )
            v = (
                open_enum(GroupcallRingMethod, v, "PostGroupcallsBody", "ring_method")
                if m is None
                else m
            )
        self.ring_method = v
        v = get("answer_method")
        if v is not None:
            m = (
                GroupcallAnswerMethod._value2member_map_.get(v)
                if type(v) is str
                else None
            )
            v = (
                open_enum(
                    GroupcallAnswerMethod, v, "PostGroupcallsBody", "answer_method"
                )
                if m is None
                else m
            )
        self.answer_method = v
        v = get("flow_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostGroupcallsBody", "flow_id", "str", v)
        self.flow_id = v
        v = get("actions")
        if v is not None:
            v = model_list(Action, v, "PostGroupcallsBody", "actions")
        self.actions = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.action import Action
from ..models.groupcall_answer_method import GroupcallAnswerMethod
from ..models.groupcall_ring_method import GroupcallRingMethod
