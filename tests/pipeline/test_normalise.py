"""Each kind of repair, on small hand-written fragments and on the real spec."""

from __future__ import annotations

import copy
import json
from typing import Any

from normalise import normalise
from schema_names import public_names
from spec_tree import SCHEMA_PREFIX, operations

EMPTY: dict[str, Any] = {}


def doc(paths: dict[str, Any] | None = None, schemas: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"openapi": "3.0.0", "paths": paths or {}, "components": {"schemas": schemas or {}}}


def test_missing_descriptions_are_added() -> None:
    spec = doc({"/x": {"get": {"responses": {"200": {"content": {}}, "401": {"$ref": "#/components/responses/U"}}}}})
    fixed, report = normalise(spec, EMPTY)
    assert fixed["paths"]["/x"]["get"]["responses"]["200"]["description"] == ""
    assert "description" not in fixed["paths"]["/x"]["get"]["responses"]["401"]
    assert report.counts["response_descriptions"] == 1


def test_timestamps_become_nullable_and_input_is_not_mutated() -> None:
    spec = doc(schemas={"R": {"type": "object", "properties": {
        "tm_create": {"type": "string", "format": "date-time"},
        "opened_at": {"type": "string", "format": "date-time"},
        "name": {"type": "string"}}}})  # fmt: skip
    before = copy.deepcopy(spec)
    fixed, report = normalise(spec, EMPTY)
    props = fixed["components"]["schemas"]["R"]["properties"]
    assert props["tm_create"]["nullable"] is True and props["opened_at"]["nullable"] is True
    assert "nullable" not in props["name"]
    assert (report.counts["nullable_timestamps"], report.counts["nullable_datetimes"]) == (1, 1)
    assert spec == before


def test_nullable_fields_and_refs_are_wrapped_so_the_generator_honours_them() -> None:
    spec = doc(schemas={
        "A": {"type": "object", "properties": {"type": {"type": "string"}}},
        "P": {"type": "object", "properties": {"source": {"$ref": "#/components/schemas/A"},
                                               "tags": {"type": "array", "items": {"type": "string"}}}},
        "G": {"type": "object", "properties": {"source": {"$ref": "#/components/schemas/A", "nullable": True}}},
    })  # fmt: skip
    overrides = {"nullable_fields": [{"schema": "P", "field": "source"}, {"schema": "P", "field": "tags"},
                                     {"schema": "P", "field": "gone"}]}  # fmt: skip
    fixed, report = normalise(spec, overrides)
    schemas = fixed["components"]["schemas"]
    assert schemas["P"]["properties"]["source"] == {"allOf": [{"$ref": "#/components/schemas/A"}], "nullable": True}
    assert schemas["P"]["properties"]["tags"]["nullable"] is True
    assert schemas["G"]["properties"]["source"] == {"allOf": [{"$ref": "#/components/schemas/A"}], "nullable": True}
    assert report.counts["nullable_fields"] == 2 and report.counts["nullable_refs"] == 1
    assert report.stale == ["P.gone: no such property"]


def test_enum_values_are_added_with_their_varnames() -> None:
    spec = doc(schemas={"Addr": {"type": "object", "properties": {"type": {
        "type": "string", "enum": ["", "tel"], "x-enum-varnames": ["AddrTypeNone", "AddrTypeTel"]}}}})  # fmt: skip
    fixed, report = normalise(spec, {"enum_values": [{"schema": "Addr", "field": "type", "add": ["whatsapp", "tel"]}]})
    prop = fixed["components"]["schemas"]["Addr"]["properties"]["type"]
    assert prop["enum"] == ["", "tel", "whatsapp"]
    assert prop["x-enum-varnames"] == ["EMPTY", "TEL", "WHATSAPP"]  # members named by value
    assert report.counts["enum_values"] == 1


def test_success_status_moves_and_stale_statuses_are_reported() -> None:
    created = {"201": {"description": "ok", "content": {"application/json": {}}}}
    spec = doc({"/a/{id}": {"delete": {"responses": {"204": {"description": "gone"}}}},
                "/b": {"post": {"responses": created}}})  # fmt: skip
    overrides = {"success_statuses": [
        {"operation": "DELETE /a/{id}", "spec": 204, "server": 200, "spec_status_never_sent": True,
         "schema": {"$ref": "#/components/schemas/A"}},
        {"operation": "POST /b", "spec": 201, "server": 200},
        {"operation": "POST /b", "spec": 202, "server": 200},
        {"operation": "GET /nowhere", "spec": 200, "server": 201}]}  # fmt: skip
    fixed, report = normalise(spec, overrides)
    delete = fixed["paths"]["/a/{id}"]["delete"]["responses"]
    assert list(delete) == ["200"]
    assert delete["200"]["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/A"}
    assert sorted(fixed["paths"]["/b"]["post"]["responses"]) == ["200", "201"]
    assert report.counts["success_statuses"] == 2
    assert report.stale == ["POST /b: declares no 202", "GET /nowhere: no such operation"]


def test_request_fields_made_optional() -> None:
    body = {"content": {"application/json": {"schema": {"type": "object", "required": ["a", "name"]}}}}
    spec = doc({"/r": {"post": {"requestBody": body, "responses": {}}}})
    fixed, report = normalise(spec, {"optional_request_fields": [{"operation": "POST /r", "fields": ["name", "x"]}]})
    assert fixed["paths"]["/r"]["post"]["requestBody"]["content"]["application/json"]["schema"]["required"] == ["a"]
    assert report.stale == ["POST /r: x is not required"]


def test_added_fields_are_added_and_stale_entries_reported() -> None:
    spec = doc(schemas={
        "C": {"type": "object", "properties": {"id": {"type": "string"}}},
        "Admin": {"allOf": [{"$ref": "#/components/schemas/C"}, {"type": "object", "properties": {"x": {}}}]},
    })  # fmt: skip
    secret = {"type": "string", "description": "the webhook key"}
    overrides = {"added_fields": [
        {"schema": "C", "field": "webhook_secret", "type": secret},
        {"schema": "Admin", "field": "id", "type": {"type": "string"}},
        {"schema": "Admin", "field": "tags", "type": {"type": "array", "items": {"type": "string"}}},
        {"schema": "Gone", "field": "x", "type": {"type": "string"}}]}  # fmt: skip
    fixed, report = normalise(spec, overrides)
    schemas = fixed["components"]["schemas"]
    assert schemas["C"]["properties"]["webhook_secret"] == secret
    assert schemas["Admin"]["properties"] == {"tags": {"type": "array", "items": {"type": "string"}}}
    assert report.counts["added_fields"] == 2
    assert report.stale == ["Admin.id: the spec has it now", "Gone: no such schema"]


def test_every_added_field_is_applied(new_spec: dict[str, Any], overrides: dict[str, Any]) -> None:
    """No added_fields entry is stale: each field is missing from the spec and is added as given."""
    entries = overrides["added_fields"]
    fixed, report = normalise(new_spec, overrides)
    assert entries and report.counts["added_fields"] == len(entries)
    assert not [line for line in report.stale if any(e["schema"] in line for e in entries)]
    original = new_spec["components"]["schemas"]
    named = public_names(list(original), {})  # the fixed spec names schemas as the SDK does
    for entry in entries:
        assert entry["field"] not in original[entry["schema"]].get("properties", {})
        assert entry["reason"] and ".go:" in entry["reason"]
        added = fixed["components"]["schemas"][named[entry["schema"]]]["properties"][entry["field"]]
        if "$ref" in entry["type"]:
            ref = {"$ref": SCHEMA_PREFIX + named[entry["type"]["$ref"].split("/")[-1]]}
            assert added == ref or added.get("allOf") == [ref]
        else:
            assert added == entry["type"]


def test_real_spec(new_spec: dict[str, Any], overrides: dict[str, Any]) -> None:
    fixed, report = normalise(new_spec, overrides)
    assert report.stale == []
    assert report.counts["response_descriptions"] == 33
    tm = [p for _, p in _props(fixed) if p[0].startswith("tm_") and p[1].get("format") == "date-time"]
    assert tm and all(prop.get("nullable") for _, prop in tm)
    schemas = fixed["components"]["schemas"]
    assert "whatsapp" in schemas["Address"]["properties"]["type"]["enum"]
    assert {"block", "ai_task"} <= set(schemas["ActionType"]["enum"])
    assert schemas["Outplan"]["properties"]["source"]["nullable"] is True
    paths = fixed["paths"]
    assert next(iter(paths["/activeflows/{id}"]["delete"]["responses"])) == "200"
    assert "204" not in paths["/activeflows/{id}"]["delete"]["responses"]
    assert "200" in paths["/agents"]["post"]["responses"]
    speakings = paths["/speakings"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert set(speakings["properties"]) == {"result", "next_page_token"}
    contacts = paths["/contact_addresses"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert contacts["type"] == "array" and contacts["nullable"] is True
    routes_body = paths["/routes"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert "name" not in routes_body["required"] and "detail" not in routes_body["required"]
    assert len(list(operations(fixed))) == 411  # POST /auth/delegate added


def test_stale_override_against_the_older_spec(old_spec: dict[str, Any], overrides: dict[str, Any]) -> None:
    _, report = normalise(old_spec, overrides)
    assert "GET /contact_addresses: no such operation" in report.stale


def _props(spec: dict[str, Any]) -> list[tuple[str, tuple[str, dict[str, Any]]]]:
    found = []
    for name, schema in spec["components"]["schemas"].items():
        for prop_name, prop in schema.get("properties", {}).items():
            found.append((name, (prop_name, prop)))
    return found


def test_report_has_one_line_per_kind(new_spec: dict[str, Any], overrides: dict[str, Any]) -> None:
    _, report = normalise(new_spec, overrides)
    lines = report.lines()
    assert len(lines) == len(report.as_dict()["repairs"])
    assert json.dumps(report.as_dict())
