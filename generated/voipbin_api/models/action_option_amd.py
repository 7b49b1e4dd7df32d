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


class ActionOptionAMD(Model):
    """Attributes:
    machine_handle (ActionOptionAMDMachineHandle | None):
    async_ (bool | None): If false, the call flow will pause until AMD is complete.
    """

    __slots__ = ("async_", "machine_handle")
    _fields = (
        ("machine_handle", "machine_handle"),
        ("async_", "async"),
    )
    _wire_names = frozenset(
        {
            "machine_handle",
            "async",
        }
    )

    machine_handle: ActionOptionAMDMachineHandle | None
    async_: bool | None

    def __init__(
        self,
        *,
        machine_handle: ActionOptionAMDMachineHandle | None = None,
        async_: bool | None = None,
    ) -> None:
        self._data = {}
        self.machine_handle = machine_handle
        self.async_ = async_

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "ActionOptionAMD")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("machine_handle")
        if v is not None:
            m = (
                ActionOptionAMDMachineHandle._value2member_map_.get(v)
                if type(v) is str
                else None
            )
            v = (
                open_enum(
                    ActionOptionAMDMachineHandle, v, "ActionOptionAMD", "machine_handle"
                )
                if m is None
                else m
            )
        self.machine_handle = v
        v = get("async")
        if type(v) is not bool and v is not None:
            raise FieldError("ActionOptionAMD", "async", "bool", v)
        self.async_ = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.action_option_amd_machine_handle import ActionOptionAMDMachineHandle
