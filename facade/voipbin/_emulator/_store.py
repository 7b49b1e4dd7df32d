"""State as the server keeps it, for every resource of the spec (the generated table says
which operations work on which stored collection, and the zero values of each answer).

Rules read from the server (docs/server-behaviour.md sections named at each):
* a new row is its schema's zero values, then the request's fields, then a UUID id, the
  owner's customer_id and ``tm_create`` (#unset-timestamps: ``tm_update`` and ``tm_delete``
  null);
* PUT replaces every field its request names: an omitted one is blanked (#required-lists-not-enforced);
* DELETE sets ``tm_delete`` and ``tm_update`` and keeps the row: lists leave it out, GET
  still answers it (#soft-deletion);
* an answer leaves out the fields the server's Go model tags ``omitempty`` while they are
  empty, as encoding/json does (``marshal``; #fields-left-out-when-empty);
* lists are newest first, ``page_size`` outside 1..100 is 100, the token is the last row's
  ``tm_create`` and the next page holds the rows created before it (#pagination).
"""

from __future__ import annotations

import copy
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from ._clock import Clock, go_time, token_time
from ._omitempty import NOT_SENT, OMITEMPTY

JSON = dict[str, Any]
NIL = "00000000-0000-0000-0000-000000000000"
MAX_PAGE = 100  # bin-api-manager/server/routes.go:28-35: 0 or over 100 becomes 100


@dataclass
class Row:
    """A stored resource: its answer, and what the server keeps beside it (owner, parent ids)."""

    data: JSON
    owner: str
    created: datetime
    parents: tuple[str, ...] = ()
    deleted: bool = False
    extra: JSON = field(default_factory=dict)


def zero(schema: JSON | None) -> JSON:
    return copy.deepcopy(schema) if schema else {}


def marshal(schema: str | None, data: JSON) -> JSON:
    """``data`` as the server's encoding/json writes its model: a field tagged ``omitempty`` is
    left out while empty, a field of the spec the model lacks never sent. The rows keep every
    field, so a later value brings it back."""
    paths = _omitted(schema or "")
    return _drop(data, paths, "") if paths else data


_OMITTED: dict[str, frozenset[str]] = {}


def _omitted(schema: str) -> frozenset[str]:
    """The schema's omitempty paths, and its NOT_SENT fields marked ``!`` (left out whatever they hold)."""
    found = _OMITTED.get(schema)
    if found is None:
        found = _OMITTED[schema] = frozenset(OMITEMPTY.get(schema, ())) | {
            f"!{name}" for name in NOT_SENT.get(schema, ())
        }
    return found


def _drop(data: JSON, paths: frozenset[str], prefix: str) -> JSON:
    kept = {}
    for name, value in data.items():
        path = prefix + name
        if (path in paths and _empty(value)) or f"!{path}" in paths:
            continue
        if isinstance(value, dict):
            value = _drop(value, paths, path + ".")
        elif isinstance(value, list) and value and isinstance(value[0], dict):
            value = [_drop(item, paths, path + ".") if isinstance(item, dict) else item for item in value]
        kept[name] = value
    return kept


def _empty(value: Any) -> bool:
    """Go's empty value for what omitempty can leave out: "", 0, false, nil, an empty slice or
    map; and a nested object of empty values, which a fresh row holds where the server's model
    has a nil pointer (``vad_config``, a groupcall's ``source``)."""
    if isinstance(value, dict):
        return all(_empty(inner) for inner in value.values())
    return value is None or value is False or value == "" or value == [] or (
        isinstance(value, int | float) and value == 0)  # fmt: skip


def _fit(value: Any, template: Any) -> Any:
    """A request value laid over a nested zero value, so a partial address keeps every field."""
    if isinstance(template, dict) and isinstance(value, dict):
        return {**template, **value}
    return value


class Store:
    """Rows by collection (the path template of the collection, e.g. ``/routes``) and id."""

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self.rows: dict[str, dict[str, Row]] = {}

    def insert(self, collection: str, data: JSON, owner: str, parents: tuple[str, ...] = ()) -> Row:
        """Store ``data`` as a new row; its id and tm_create are set here unless given."""
        created = self.clock.stamp()
        key = str(uuid.uuid4())  # rows without an id (an available number) are stored by one all the same
        if "id" in data:
            data["id"] = key = data["id"] if data["id"] and data["id"] != NIL else key
        if "tm_create" in data:
            data["tm_create"] = go_time(created)
        row = Row(data, owner, created, parents)
        self.rows.setdefault(collection, {})[key] = row
        return row

    def create(
        self, collection: str, schema: JSON | None, body: JSON, owner: str, parents: tuple[str, ...] = ()
    ) -> Row:
        data = zero(schema)
        for name, value in body.items():
            if name in data and name not in ("id", "tm_create", "tm_update", "tm_delete"):
                data[name] = _fit(value, data[name])
        if "customer_id" in data and not body.get("customer_id"):
            data["customer_id"] = owner
        return self.insert(collection, data, owner, parents)

    def find(self, collection: str, row_id: str) -> Row | None:
        return self.rows.get(collection, {}).get(row_id)

    def touch(self, row: Row) -> None:
        if "tm_update" in row.data:
            row.data["tm_update"] = go_time(self.clock.stamp())

    def replace(self, row: Row, schema: JSON | None, fields: dict[str, str], body: JSON) -> None:
        """A PUT: every field the request names takes the body's value, or its zero value."""
        blank = zero(schema)
        for name in fields:
            if name in row.data and name not in ("id", "customer_id"):
                row.data[name] = _fit(body[name], blank.get(name)) if name in body else blank.get(name)
        self.touch(row)

    def delete(self, row: Row) -> None:
        row.deleted = True
        stamp = go_time(self.clock.stamp())
        if "tm_delete" in row.data:  # a model without it (a rag, an AI message) shows no deletion
            row.data["tm_delete"] = stamp
        if "tm_update" in row.data:
            row.data["tm_update"] = stamp

    def page(self, collection: str, visible: Any, size: int, token: str) -> tuple[list[JSON], str]:
        """One page of the rows ``visible(row)`` accepts, newest first, and the next token."""
        size = MAX_PAGE if size <= 0 or size > MAX_PAGE else size
        bound = _parse_token(token) if token else None
        rows = [
            row
            for row in self.rows.get(collection, {}).values()
            if not row.deleted and visible(row) and (bound is None or row.created < bound)
        ]
        rows.sort(key=lambda row: row.created, reverse=True)
        chosen = rows[:size]
        # bin-api-manager/server/routes.go:57-65: the last item's tm_create; main.go:91-115: "" when empty.
        return [row.data for row in chosen], token_time(chosen[-1].created) if chosen else ""


def _parse_token(token: str) -> datetime | None:
    try:
        return datetime.fromisoformat(token.replace("Z", "").replace(" ", "T"))
    except ValueError:
        return datetime.min  # an unreadable token: no row was created before it
