"""Render the emulator's table (voipbin/_generated/emulator_table.py) from the normalised spec.

The wheel carries no spec, yet the emulator (voipbin/_emulator/) serves every resource of
it: what it needs is written here, once per regeneration, as plain Python literals:

* ``OPERATIONS``: ``"METHOD /path/{param}"`` -> the operation's kind (list, create, get,
  update, delete, patch, action, singleton_get, singleton_update), the stored collection it
  works on, the schema of its answer, its success status, and the JSON type of each field of
  its request body (the server's binding refuses a wrong JSON type with 400).
* ``SCHEMAS``: each answered schema -> its fields with their zero values, as the server's Go
  models marshal a fresh row (``""``, ``0``, ``false``, ``[]``, the nil UUID for ids, ``null``
  for timestamps, nested structs in full).

It reads only the normalised spec JSON, so it stays apart from the facade's planner.
"""

from __future__ import annotations

import json
from typing import Any

from layout import EMULATOR_TABLE

JSON = dict[str, Any]
METHODS = ("get", "post", "put", "delete")
NIL_UUID = "00000000-0000-0000-0000-000000000000"
NESTING_LIMIT = 3  # nested structs deeper than this are left empty: the server's models are shallow


def render(spec: JSON, source: str) -> dict[str, str]:
    """The table module, keyed by its path relative to the project root."""
    operations = _operations(spec)
    schemas: dict[str, JSON] = {}
    for operation in operations.values():
        name = operation["schema"]
        if name and name not in schemas:
            schemas[name] = _fields(spec, _component(spec, name), 0)
    text = (
        f'"""The emulator\'s view of the spec ({source}): written by scripts/regenerate.py\n'
        'with scripts/emulator_table.py, never by hand."""\n\n'
        "from typing import Any\n\n"
        f"OPERATIONS: dict[str, dict[str, Any]] = {_literal(operations)}\n\n"
        f"SCHEMAS: dict[str, dict[str, Any]] = {_literal(schemas)}\n"
    )
    return {EMULATOR_TABLE: text}


def _literal(value: Any) -> str:
    """Python source for a JSON value (null, true and false spelled as Python)."""
    return json.dumps(value, indent=1, sort_keys=True).replace(": null", ": None").replace(
        ": true", ": True"
    ).replace(": false", ": False")  # fmt: skip


def _resolve(spec: JSON, node: JSON) -> JSON:
    while "$ref" in node:
        node = _component(spec, node["$ref"].rsplit("/", 1)[-1])
    return node


def _component(spec: JSON, name: str) -> JSON:
    found: JSON = spec["components"]["schemas"][name]
    return found


def _merged(spec: JSON, schema: JSON) -> JSON:
    """An object schema with its allOf parts folded into one ``properties``."""
    schema = _resolve(spec, schema)
    properties = dict(schema.get("properties", {}))
    for part in schema.get("allOf", []):
        properties.update(_merged(spec, part).get("properties", {}))
    return {**schema, "properties": properties}


def _answer(spec: JSON, operation: JSON) -> tuple[int, str | None, bool]:
    """The success status, the resource schema of the answer, and whether it is a list."""
    for code, answer in sorted(operation.get("responses", {}).items()):
        if not str(code).startswith("2"):
            continue
        media = (answer.get("content") or {}).get("application/json", {})
        schema = media.get("schema")
        if schema is None:
            return int(code), None, False
        if "$ref" in schema:
            return int(code), schema["$ref"].rsplit("/", 1)[-1], False
        if schema.get("type") == "array":
            return int(code), schema.get("items", {}).get("$ref", "/").rsplit("/", 1)[-1] or None, True
        result = _merged(spec, schema)["properties"].get("result")
        if result is not None:
            return int(code), result.get("items", {}).get("$ref", "/").rsplit("/", 1)[-1] or None, True
        return int(code), None, False
    return 200, None, False


def _body(spec: JSON, operation: JSON) -> dict[str, str]:
    """Each request body field and the JSON type the server's binding needs for it."""
    media = (operation.get("requestBody", {}).get("content") or {}).get("application/json")
    if not media or "schema" not in media:
        return {}
    types = {}
    for name, prop in _merged(spec, media["schema"])["properties"].items():
        prop = _resolve(spec, prop)
        kind = prop.get("type", "object" if "properties" in prop or "allOf" in prop else "")
        if kind:
            types[name] = kind
    return types


def _collections(paths: JSON) -> set[str]:
    """Path prefixes ending in a literal that names a collection: followed by a parameter somewhere."""
    found = set()
    for path in paths:
        parts = path.strip("/").split("/")
        for index in range(1, len(parts)):
            if parts[index].startswith("{") and not parts[index - 1].startswith("{"):
                found.add("/" + "/".join(parts[:index]))
    return found


def _operations(spec: JSON) -> dict[str, JSON]:
    paths = spec["paths"]
    collections = _collections(paths)
    table: dict[str, JSON] = {}
    for path, item in sorted(paths.items()):
        parts = path.strip("/").split("/")
        on_item = parts[-1].startswith("{")
        parent = "/" + "/".join(parts[:-1])
        for method in METHODS:
            if method not in item:
                continue
            operation = item[method]
            status, schema, is_list = _answer(spec, operation)
            if on_item:
                kind, collection = {"get": "get", "put": "update", "delete": "delete"}.get(method, "action"), parent
            elif path in collections or is_list:
                kind = {"get": "list" if is_list else "singleton_get", "post": "create"}.get(method, "action")
                collection = path
            elif parts[-2:-1] and parts[-2].startswith("{"):
                # A verb on one item (POST /calls/{id}/hangup, PUT /outplans/{id}/dial_info).
                grand = "/" + "/".join(parts[:-2])
                kind, collection = {"put": "patch", "get": "get"}.get(method, "action"), grand
            else:
                kind = {"get": "singleton_get", "put": "singleton_update"}.get(method, "action")
                collection = path
            table[f"{method.upper()} {path}"] = {
                "kind": kind,
                "collection": collection,
                "schema": schema,
                "status": status,
                "body": _body(spec, operation),
            }
    return table


def _zero(spec: JSON, name: str, prop: JSON, depth: int) -> Any:
    """The value a fresh Go model marshals for a field of this schema."""
    prop = _resolve(spec, prop) if "$ref" in prop else prop
    if "allOf" in prop and "properties" not in prop:
        prop = _merged(spec, prop)
    kind = prop.get("type")
    if name.startswith("tm_") or prop.get("format") == "date-time":
        return None
    if kind == "string":
        return NIL_UUID if prop.get("format") == "uuid" else ""
    if kind in ("integer", "number"):
        return 0
    if kind == "boolean":
        return False
    if kind == "array":
        return []
    if "properties" in prop and depth < NESTING_LIMIT:
        return _fields(spec, prop, depth + 1)
    return {}


def _fields(spec: JSON, schema: JSON, depth: int) -> JSON:
    merged = _merged(spec, schema)
    return {name: _zero(spec, name, prop, depth) for name, prop in merged["properties"].items()}
