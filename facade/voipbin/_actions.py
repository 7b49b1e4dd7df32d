"""What the action builders (voipbin/_generated/actions.py) stand on, and the local check of a
list of actions before it is sent.

A flow whose goto names an action id that is not in the flow is accepted by the server and
fails only when a call reaches it (the flow manager looks the id up at run time); checking
the ids before sending turns that into a ValueError naming the action, at the line that built
the list.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any
from uuid import UUID

from ._options import NotGiven
from ._request import to_json

if TYPE_CHECKING:
    from voipbin_api.models.action import Action

# The action ids the flow manager reserves (bin-flow-manager/models/action/action.go:20-26):
# the nil UUID is "no action" (what a Go uuid.UUID left unset is sent as), the others its
# start, finish and next markers. A reference to one of them names no action of the list.
RESERVED_IDS = frozenset(f"00000000-0000-0000-0000-00000000000{n}" for n in range(4))
# Option fields that name another action of the same list, by action type
# (bin-flow-manager/models/action/option.go: OptionGoto, OptionBranch, OptionCondition*).
TARGET_FIELDS = {
    "goto": ("target_id",),
    "branch": ("default_target_id", "target_ids"),
    "condition_call_digits": ("false_target_id",),
    "condition_call_status": ("false_target_id",),
    "condition_datetime": ("false_target_id",),
    "condition_variable": ("false_target_id",),
}


def action(kind: str, id: str | UUID | None, next_id: str | UUID | None, option: Mapping[str, Any]) -> Action:
    """An Action of type ``kind``, its option holding the given fields (None: left out, as the
    server's omitempty leaves them), parsed as the option model of its type."""
    # Imported here: every resource module imports checked_actions, and the Action model loads
    # the option model of every action type, which only a builder needs.
    from voipbin_api.models.action import Action

    wire: dict[str, Any] = {"type": kind, "option": to_json({k: v for k, v in option.items() if v is not None})}
    if id is not None:
        wire["id"] = str(id)
    if next_id is not None:
        wire["next_id"] = str(next_id)
    return Action.from_dict(wire)


def checked_actions(actions: Any) -> Any:
    """``actions`` as given, once every id a goto, branch, condition or next_id names is the id
    of an action of the same list; ValueError names the action that refers to a missing one.
    An action call's own ``actions`` is a list of its own, checked the same way."""
    if actions is None or isinstance(actions, NotGiven):
        return actions
    _check([to_json(item) for item in actions], "actions")
    return actions


def _check(items: list[Any], where: str) -> None:
    ids = {str(item["id"]) for item in items if isinstance(item, Mapping) and item.get("id")}
    for index, item in enumerate(items):
        if not isinstance(item, Mapping):
            continue
        given = item.get("option")
        option: Mapping[str, Any] = given if isinstance(given, Mapping) else {}
        named = [("next_id", item.get("next_id"))]
        named += [(f"option.{field}", option.get(field)) for field in TARGET_FIELDS.get(str(item.get("type")), ())]
        for field, value in _each_id(named):
            if value not in ids and value not in RESERVED_IDS:
                label = f"{where}[{index}] ({item.get('type')}{', id ' + str(item['id']) if item.get('id') else ''})"
                raise ValueError(
                    f"{label}: {field} {value!r} is not the id of an action in this list; give the target "
                    f"action that id (id=...), or name one of {sorted(ids) or 'no ids: none has one'}"
                )
        if item.get("type") == "call" and isinstance(option.get("actions"), list):
            _check(option["actions"], f"{where}[{index}].option.actions")


def _each_id(named: Iterable[tuple[str, Any]]) -> Iterable[tuple[str, str]]:
    """(field, id) for every id given: a branch's target_ids is a mapping of them."""
    for field, value in named:
        if isinstance(value, Mapping):
            yield from ((f"{field}[{key!r}]", str(target)) for key, target in value.items() if target)
        elif value:
            yield field, str(value)
