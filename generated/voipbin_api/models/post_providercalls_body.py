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


class PostProvidercallsBody(Model):
    """Attributes:
    provider_id (str): The provider to force the call through. Obtained from the `GET /providers` response.
    destinations (list[Address]): Dial targets. One Call/Groupcall is created per destination.
    flow_id (str | None): Optional flow to execute after the destination answers. Obtained from the `GET /flows`
        response.
    actions (list[Action] | None): Optional inline actions. Used when no `flow_id` is supplied.
    source (Address | None): Contains source or destination detail info.
    anonymous (PostProvidercallsBodyAnonymous | None): Controls the anonymous caller-ID flag. Defaults to
        `auto`.
    """

    __slots__ = (
        "actions",
        "anonymous",
        "destinations",
        "flow_id",
        "provider_id",
        "source",
    )
    _fields = (
        ("provider_id", "provider_id"),
        ("destinations", "destinations"),
        ("flow_id", "flow_id"),
        ("actions", "actions"),
        ("source", "source"),
        ("anonymous", "anonymous"),
    )
    _wire_names = frozenset(
        {
            "provider_id",
            "destinations",
            "flow_id",
            "actions",
            "source",
            "anonymous",
        }
    )

    provider_id: str
    destinations: list[Address]
    flow_id: str | None
    actions: list[Action] | None
    source: Address | None
    anonymous: PostProvidercallsBodyAnonymous | None

    def __init__(
        self,
        *,
        provider_id: str | None = None,
        destinations: list[Address] | None = None,
        flow_id: str | None = None,
        actions: list[Action] | None = None,
        source: Address | None = None,
        anonymous: PostProvidercallsBodyAnonymous | None = None,
    ) -> None:
        self._data = {}
        self.provider_id = provider_id  # type: ignore[assignment]
        self.destinations = destinations  # type: ignore[assignment]
        self.flow_id = flow_id
        self.actions = actions
        self.source = source
        self.anonymous = anonymous

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "PostProvidercallsBody")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("provider_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostProvidercallsBody", "provider_id", "str", v)
        self.provider_id = v
        v = get("destinations")
        if v is not None:
            v = model_list(Address, v, "PostProvidercallsBody", "destinations")
        self.destinations = v
        v = get("flow_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostProvidercallsBody", "flow_id", "str", v)
        self.flow_id = v
        v = get("actions")
        if v is not None:
            v = model_list(Action, v, "PostProvidercallsBody", "actions")
        self.actions = v
        v = get("source")
        if v is not None:
            try:
                v = Address.from_dict(v)
            except FieldError as error:
                raise error.within("PostProvidercallsBody", "source") from None
        self.source = v
        v = get("anonymous")
        if v is not None:
            m = (
                PostProvidercallsBodyAnonymous._value2member_map_.get(v)
                if type(v) is str
                else None
            )
            v = (
                open_enum(
                    PostProvidercallsBodyAnonymous,
                    v,
                    "PostProvidercallsBody",
                    "anonymous",
                )
                if m is None
                else m
            )
        self.anonymous = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.action import Action
from ..models.post_providercalls_body_anonymous import PostProvidercallsBodyAnonymous
