"""Every answer the emulator gives fits the spec's schema for its operation: a sweep over
every top-level collection the spec lets a client create, get, list, update and delete,
each answer checked against the published spec (JSON types, recursively; ``null`` accepted
where the server sends it for an unset value: docs/server-behaviour.md#unset-timestamps)."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
import spec_snapshots
from normalise import normalise
from regenerate import _load_overrides
from voipbin._generated.emulator_table import OPERATIONS
from voipbin.testing import Emulator

SPEC = spec_snapshots.snapshot()
TYPES = {"string": str, "integer": int, "number": (int, float), "boolean": bool, "array": list, "object": dict}


def violations(spec: dict[str, Any], schema: dict[str, Any], value: Any, where: str) -> list[str]:
    """Where ``value`` does not fit ``schema``: a wrong JSON type, field by field."""
    while "$ref" in schema:
        schema = spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
    if value is None:
        return []
    found = []
    for part in schema.get("allOf", []):
        found += violations(spec, part, value, where)
    kind = schema.get("type") or ("object" if "properties" in schema else None)
    if kind is not None and (not isinstance(value, TYPES[kind]) or (kind != "boolean" and isinstance(value, bool))):
        return [f"{where}: {type(value).__name__} where the spec says {kind}"]
    if isinstance(value, dict):
        for name, sub in schema.get("properties", {}).items():
            if name in value:
                found += violations(spec, sub, value[name], f"{where}.{name}")
    if isinstance(value, list) and "items" in schema:
        for index, item in enumerate(value):
            found += violations(spec, schema["items"], item, f"{where}[{index}]")
    return found


def answer_schema(spec: dict[str, Any], key: str) -> dict[str, Any]:
    method, path = key.split(" ", 1)
    responses = spec["paths"][path][method.lower()]["responses"]
    code = next(code for code in sorted(responses) if code.startswith("2"))
    schema: dict[str, Any] = responses[code]["content"]["application/json"]["schema"]
    return schema


@pytest.mark.skipif(not SPEC.exists(), reason="the published spec is beside the project, not in it")
def test_every_crud_answer_fits_the_spec() -> None:
    spec, _ = normalise(json.loads(SPEC.read_text()), _load_overrides())  # what the table was made from
    collections = sorted(op["collection"] for key, op in OPERATIONS.items()
                         if op["kind"] == "create" and key.count("{") == 0 and key != "POST /calls")  # fmt: skip
    checked, problems = 0, []
    with (
        Emulator() as emu,
        httpx.Client(base_url=emu.base_url, headers={"Authorization": f"Bearer {emu.token}"}) as http,
    ):
        for collection in collections:
            keys = [f"POST {collection}", f"GET {collection}", f"GET {collection}/{{id}}",
                    f"PUT {collection}/{{id}}", f"DELETE {collection}/{{id}}"]  # fmt: skip
            created = http.post(collection.lstrip("/"), json={})
            assert created.status_code < 300, (collection, created.text)
            # POST /aiaudits answers a receipt without the audit's id: the row is stored directly then.
            row_id = created.json().get("id") or emu.add(collection).get("id")
            for key in keys:
                if key not in OPERATIONS or OPERATIONS[key]["schema"] is None:
                    continue
                method, path = key.split(" ", 1)
                if method == "POST":
                    answer = created
                else:
                    target = path.replace("{id}", str(row_id)).lstrip("/")
                    answer = http.request(method, target, json={} if method == "PUT" else None)
                assert answer.status_code < 300, (key, answer.text)
                problems += violations(spec, answer_schema(spec, key), answer.json(), key)
                checked += 1
    assert problems == []
    assert checked > 150  # the sweep reached most of the spec, not a handful
