"""Repair VoIPBIN's published OpenAPI spec so the generated client survives the real server.

Pure: ``normalise(spec, overrides)`` returns a new document and a report, and never
touches files or the network. Generic repairs (missing descriptions, nullable
timestamps, ``nullable`` beside ``$ref``) are rules; everything specific to one path or
schema comes from the overrides file (scripts/spec_overrides.yaml), each entry with
its reason. An override that no longer matches the spec is reported as stale. What the
server does, and why each repair is needed: docs/server-behaviour.md.
"""

from __future__ import annotations

import copy
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import action_options
from schema_names import name_enum_members, public_names, rename_schemas
from spec_tree import JSON, SCHEMA_PREFIX, operations, walk

# Report lines, in print order: one per kind of repair.
REPAIR_KINDS = {
    "response_descriptions": "responses given the description the generator requires",
    "nullable_timestamps": "tm_* timestamps made nullable",
    "nullable_datetimes": "other date-time fields made nullable",
    "nullable_fields": "fields the server sends as null made nullable (overrides)",
    "nullable_refs": "`nullable` beside a $ref made effective",
    "nullable_list_results": "list envelope `result` arrays made nullable",
    "enum_values": "enum values the server sends added (overrides)",
    "open_enums": "enums made open (unknown values parse; see templates/str_enum.py.jinja)",
    "success_statuses": "success statuses set to what the server sends (overrides)",
    "response_shapes": "list responses given their real shape (overrides)",
    "optional_request_fields": "request-body fields the server does not require (overrides)",
    "added_fields": "response fields the server sends that the spec lacks, added (overrides)",
    "present_fields": "response fields the server always sends, typed without None (overrides)",
    "response_names": "inline answers given a readable model name (overrides)",
    "hoisted_objects": "inline objects inside models given a readable name: <Model><Field>",
    "added_operations": "operations the server has and the spec lacks (overrides)",
    "answers": "2xx answers set to what the handler sends: a model, or no body (overrides)",
    "request_names": "inline objects of request bodies given a readable model name (overrides)",
    "public_names": "schemas given their public name: the service prefix dropped, or the overrides' name",
    "enum_members": "enum members named by their value (CallStatus.HANGUP)",
    "action_options": "action option fields the server reads and the spec lacks, added or dropped (overrides)",
}


@dataclass
class Report:
    """What ``normalise`` changed: a count per kind of repair, and stale overrides."""

    counts: Counter[str] = field(default_factory=Counter)
    stale: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = [f"{self.counts[kind]:5d}  {label}" for kind, label in REPAIR_KINDS.items()]
        out += [f"stale override: {entry}" for entry in self.stale]
        return out

    def as_dict(self) -> dict[str, Any]:
        return {"repairs": {k: self.counts[k] for k in REPAIR_KINDS}, "stale_overrides": self.stale}


def normalise(spec: JSON, overrides: JSON) -> tuple[JSON, Report]:
    """Return a repaired copy of ``spec`` and the report of what was repaired."""
    doc = copy.deepcopy(spec)
    report = Report()
    _add_operations(doc, overrides.get("added_operations", []), report)
    _describe_responses(doc, report)
    _apply_added_fields(doc, overrides.get("added_fields", []), report)
    _apply_enum_values(doc, overrides.get("enum_values", []), report)
    action_options.apply(doc, overrides.get("action_options", []), report)
    _apply_nullable_fields(doc, overrides.get("nullable_fields", []), report)
    _nullable_datetimes(doc, report)
    _apply_success_statuses(doc, overrides.get("success_statuses", []), report)
    _apply_response_shapes(doc, overrides.get("response_shapes", []), report)
    _apply_answers(doc, overrides.get("answers", []), report)
    _nullable_list_results(doc, report)
    _apply_optional_request_fields(doc, overrides.get("optional_request_fields", []), report)
    _apply_present_fields(doc, overrides.get("present_fields", []), report)
    _apply_response_names(doc, overrides.get("response_names", []), report)
    _apply_request_names(doc, overrides.get("request_names", []), report)
    _hoist_inline_objects(doc, report)
    _nullable_refs(doc, report)
    _enum_members(doc, report)
    _public_names(doc, overrides.get("names", []), report)  # last: every other entry names the spec's schemas
    report.stale += [
        f"root path {e['path']}: not in the spec"
        for e in overrides.get("root_paths", [])
        if e["path"] not in doc["paths"]
    ]
    for entry in overrides.get("downloads", []) + overrides.get("legacy_shapes", []):
        _find_operation(doc, entry["operation"], report)  # only reports a stale entry
    report.counts["open_enums"] = sum(1 for _, node in walk(doc) if "enum" in node)
    return doc, report


def _properties(node: JSON) -> Iterator[tuple[str, JSON]]:
    for _, holder in walk(node):
        props = holder.get("properties")
        if isinstance(props, dict):
            yield from ((name, prop) for name, prop in props.items() if isinstance(prop, dict))


def _make_nullable(prop: JSON) -> bool:
    """Mark a schema nullable; a bare $ref is wrapped so the generator honours it."""
    if prop.get("nullable") is True and "$ref" not in prop:
        return False
    if "$ref" in prop:
        ref = prop.pop("$ref")
        prop["allOf"] = [{"$ref": ref}]
    prop["nullable"] = True
    return True


def _find_operation(doc: JSON, key: str, report: Report) -> JSON | None:
    method, _, path = key.partition(" ")
    op = doc.get("paths", {}).get(path, {}).get(method.lower())
    if op is None:
        report.stale.append(f"{key}: no such operation")
    return op if isinstance(op, dict) else None


def _find_property(doc: JSON, schema: str, name: str, report: Report) -> JSON | None:
    props = doc.get("components", {}).get("schemas", {}).get(schema, {}).get("properties", {})
    if name not in props:
        report.stale.append(f"{schema}.{name}: no such property")
        return None
    prop: JSON = props[name]
    return prop


def _find_schema(doc: JSON, name: str, report: Report) -> JSON | None:
    """The component schema ``name``; a stale entry in the report when there is none."""
    schema: JSON | None = doc.get("components", {}).get("schemas", {}).get(name)
    if schema is None:
        report.stale.append(f"{name}: no such schema")
    return schema


def _describe_responses(doc: JSON, report: Report) -> None:
    responses = [op.get("responses", {}) for _, _, op in operations(doc)]
    responses.append(doc.get("components", {}).get("responses", {}))
    for block in responses:
        for response in block.values():
            if isinstance(response, dict) and "$ref" not in response and "description" not in response:
                response["description"] = ""
                report.counts["response_descriptions"] += 1


def _nullable_datetimes(doc: JSON, report: Report) -> None:
    """Every date-time may be null or absent (docs/server-behaviour.md#unset-timestamps)."""
    for name, prop in _properties(doc):
        if prop.get("format") == "date-time" and _make_nullable(prop):
            kind = "nullable_timestamps" if name.startswith("tm_") else "nullable_datetimes"
            report.counts[kind] += 1


def _nullable_refs(doc: JSON, report: Report) -> None:
    for _, node in walk(doc):
        if "$ref" in node and node.get("nullable") is True:
            _make_nullable(node)
            report.counts["nullable_refs"] += 1


def _apply_nullable_fields(doc: JSON, entries: list[JSON], report: Report) -> None:
    for entry in entries:
        prop = _find_property(doc, entry["schema"], entry["field"], report)
        if prop is not None and _make_nullable(prop):
            report.counts["nullable_fields"] += 1


def _apply_added_fields(doc: JSON, entries: list[JSON], report: Report) -> None:
    """Add the response fields the server's Go struct sends and the spec's schema lacks
    (docs/server-behaviour.md#fields-the-spec-leaves-out). ``type`` is the property's
    JSON-schema fragment. Runs before the other repairs, so that they see the field."""
    for entry in entries:
        schema = _find_schema(doc, entry["schema"], report)
        if schema is None:
            continue
        if entry["field"] in _flattened_properties(doc, schema):
            report.stale.append(f"{entry['schema']}.{entry['field']}: the spec has it now")
            continue
        _keep_request_bodies(doc, entry["schema"])
        schema.setdefault("properties", {})[entry["field"]] = copy.deepcopy(entry["type"])
        report.counts["added_fields"] += 1


def _apply_present_fields(doc: JSON, entries: list[JSON], report: Report) -> None:
    """The schema's ``required`` becomes what the server's Go struct always sends."""
    for entry in entries:
        schema = _find_schema(doc, entry["schema"], report)
        if schema is None:
            continue
        _keep_request_bodies(doc, entry["schema"])
        props = _flattened_properties(doc, schema)
        missing = [name for name in entry["always"] + entry.get("nullable", []) if name not in props]
        if missing:
            report.stale.append(f"{entry['schema']}: no such properties {missing}")
        schema["required"] = [name for name in entry["always"] if name in props]
        report.counts["present_fields"] += len(schema["required"])
        for name in entry.get("nullable", []):
            if name in props:
                _make_nullable(props[name])


def _keep_request_bodies(doc: JSON, name: str) -> None:
    """A request body that is this schema keeps the spec's own copy: what the server sends,
    or always sends, says nothing of what a caller must send (PUT /customers/{id}/metadata)."""
    ref = SCHEMA_PREFIX + name
    original = doc["components"]["schemas"][name]
    for _, _, op in operations(doc):
        for media in op.get("requestBody", {}).get("content", {}).values():
            if media.get("schema") == {"$ref": ref}:
                media["schema"] = copy.deepcopy(original)


def _apply_response_names(doc: JSON, entries: list[JSON], report: Report) -> None:
    """Move an inline 2xx answer into components under a readable name (the generator
    would call it PostCallsResponse200). Identical answers may share one name."""
    schemas = doc.setdefault("components", {}).setdefault("schemas", {})
    for entry in entries:
        op = _find_operation(doc, entry["operation"], report)
        media = (op or {}).get("responses", {}).get(str(entry["status"]), {}).get("content", {}).get("application/json")
        if not isinstance(media, dict) or "$ref" in media.get("schema", {"$ref": ""}):
            if op is not None:
                report.stale.append(f"{entry['operation']} {entry['status']}: no inline answer to name")
            continue
        name = entry["name"]
        if name in schemas and schemas[name] != media["schema"]:
            report.stale.append(f"{entry['operation']}: the name {name} is taken by another schema")
            continue
        schemas[name] = media["schema"]
        media["schema"] = {"$ref": SCHEMA_PREFIX + name}
        report.counts["response_names"] += 1


def _hoist_inline_objects(doc: JSON, report: Report) -> None:
    """An inline object under a model's field becomes the component <Model><Field> (and
    <Model><Field>Item for array items), so that its class gets a readable name instead
    of the generator's ``...Type0`` or ``...Item``; nullability stays on the field."""
    schemas = doc.get("components", {}).get("schemas", {})
    pending = list(schemas)
    while pending:
        owner = pending.pop()
        for key, prop in list(schemas[owner].get("properties", {}).items()):
            camel = "".join(word[:1].upper() + word[1:] for word in key.split("_"))
            slot, name = (prop, owner + camel)
            if prop.get("type") == "array" and isinstance(prop.get("items"), dict):
                slot, name = (prop["items"], owner + camel + "Item")
                if slot.get("type") == "object" and name not in schemas:
                    schemas[name], prop["items"] = slot, {"$ref": SCHEMA_PREFIX + name}
                    pending.append(name)
                    report.counts["hoisted_objects"] += 1
                continue
            if prop.get("type") != "object" or name in schemas:
                continue
            keep = {key: prop.pop(key) for key in ("description", "nullable") if key in prop}
            schemas[name] = dict(prop)
            prop.clear()
            prop.update({"allOf": [{"$ref": SCHEMA_PREFIX + name}], **keep})
            pending.append(name)
            report.counts["hoisted_objects"] += 1


def _flattened_properties(doc: JSON, schema: JSON) -> dict[str, JSON]:
    """A schema's properties with those of its allOf parts ($ref'd parts included)."""
    found: dict[str, JSON] = {}
    for part in schema.get("allOf", []):
        ref = part.get("$ref", "")
        resolved = doc["components"]["schemas"].get(ref.removeprefix(SCHEMA_PREFIX), {}) if ref else part
        found.update(_flattened_properties(doc, resolved))
    found.update(schema.get("properties", {}))
    return found


def _apply_enum_values(doc: JSON, entries: list[JSON], report: Report) -> None:
    for entry in entries:
        if "field" in entry:
            target = _find_property(doc, entry["schema"], entry["field"], report)
        else:
            target = _find_schema(doc, entry["schema"], report)
        if target is None:
            continue
        if "enum" not in target:
            report.stale.append(f"{entry['schema']}: not an enum")
            continue
        added = [value for value in entry["add"] if value not in target["enum"]]
        target["enum"].extend(added)  # member names follow (_enum_members)
        report.counts["enum_values"] += len(added)


def _add_operations(doc: JSON, entries: list[JSON], report: Report) -> None:
    for entry in entries:
        method, _, path = entry["operation"].partition(" ")
        item = doc.setdefault("paths", {}).setdefault(path, {})
        if method.lower() in item:
            report.stale.append(f"{entry['operation']}: the spec has it now")
            continue
        item[method.lower()] = copy.deepcopy(entry["definition"])
        report.counts["added_operations"] += 1


def _apply_answers(doc: JSON, entries: list[JSON], report: Report) -> None:
    """What a handler really answers on success: ``schema`` a component's name, or ``none``
    for a bare status (``c.Status(200)``), where the spec declares no usable body."""
    for entry in entries:
        op = _find_operation(doc, entry["operation"], report)
        response = (op or {}).get("responses", {}).get(str(entry["status"]))
        if response is None:
            if op is not None:
                report.stale.append(f"{entry['operation']}: no {entry['status']} answer")
            continue
        if entry["schema"] == "none":
            response.pop("content", None)
        else:
            response["content"] = {"application/json": {"schema": {"$ref": SCHEMA_PREFIX + entry["schema"]}}}
        report.counts["answers"] += 1


def _apply_success_statuses(doc: JSON, entries: list[JSON], report: Report) -> None:
    for entry in entries:
        op = _find_operation(doc, entry["operation"], report)
        if op is None:
            continue
        responses = op["responses"]
        spec_status, server_status = str(entry["spec"]), str(entry["server"])
        if spec_status not in responses:
            report.stale.append(f"{entry['operation']}: declares no {spec_status}")
            continue
        if server_status in responses:
            report.stale.append(f"{entry['operation']}: already declares {server_status}")
            continue
        response = copy.deepcopy(responses[spec_status])
        if "schema" in entry:
            response["content"] = {"application/json": {"schema": entry["schema"]}}
        if entry.get("spec_status_never_sent"):
            del responses[spec_status]
        responses[server_status] = response
        op["responses"] = dict(sorted(responses.items()))
        report.counts["success_statuses"] += 1


def _apply_response_shapes(doc: JSON, entries: list[JSON], report: Report) -> None:
    for entry in entries:
        op = _find_operation(doc, entry["operation"], report)
        if op is None:
            continue
        response = op["responses"].get(str(entry.get("status", 200)))
        content = (response or {}).get("content", {}).get("application/json")
        if content is None:
            report.stale.append(f"{entry['operation']}: no JSON success response")
            continue
        if content["schema"] == entry["schema"]:
            report.stale.append(f"{entry['operation']}: the spec already has this shape")
            continue
        content["schema"] = copy.deepcopy(entry["schema"])
        report.counts["response_shapes"] += 1


def _nullable_list_results(doc: JSON, report: Report) -> None:
    """A Go nil slice is sent as ``"result": null``; every list envelope may carry one
    (docs/server-behaviour.md#null-collections)."""
    for method, _, op in operations(doc):
        if method != "GET":
            continue
        content = op.get("responses", {}).get("200", {}).get("content", {})
        schema = content.get("application/json", {}).get("schema", {})
        for name, prop in _properties(schema):
            if name == "result" and prop.get("type") == "array" and _make_nullable(prop):
                report.counts["nullable_list_results"] += 1


def _apply_optional_request_fields(doc: JSON, entries: list[JSON], report: Report) -> None:
    for entry in entries:
        op = _find_operation(doc, entry["operation"], report)
        if op is None:
            continue
        body = op.get("requestBody", {}).get("content", {}).get("application/json", {})
        required = body.get("schema", {}).get("required", [])
        for name in entry["fields"]:
            if name in required:
                required.remove(name)
                report.counts["optional_request_fields"] += 1
            else:
                report.stale.append(f"{entry['operation']}: {name} is not required")


def _public_names(doc: JSON, entries: list[JSON], report: Report) -> None:
    """Rename every schema to its public name, so the generated classes carry the names users
    see (reprs, signatures, errors); $refs follow."""
    schemas = doc.get("components", {}).get("schemas", {})
    chosen = {}
    for entry in entries:
        if entry["schema"] in schemas:
            chosen[entry["schema"]] = entry["name"]
        else:
            report.stale.append(f"{entry['schema']}: no such schema to name")
    report.counts["public_names"] += rename_schemas(doc, public_names(list(schemas), chosen))


def _enum_members(doc: JSON, report: Report) -> None:
    """Every enum's members named by value (the generator would repeat the class in each:
    CALL_MANAGER_CALL_STATUS_HANGUP), or by an override's ``x-member-names`` where the values are
    symbols ("==", ">="). Two values giving one name stop the build."""
    report.counts["enum_members"] += name_enum_members(doc)


def _apply_request_names(doc: JSON, entries: list[JSON], report: Report) -> None:
    """An inline object of a request body (an array's items: their item) becomes the named
    component, so that its class and TypedDict read as VoIPBIN words, not as the path the
    generator would name them after (PostContactsBodyAddressesItem). Entries naming one
    component must describe one shape."""
    schemas = doc.setdefault("components", {}).setdefault("schemas", {})
    for entry in entries:
        operation = _find_operation(doc, entry["operation"], report)
        body = (operation or {}).get("requestBody", {}).get("content", {}).get("application/json", {})
        prop = body.get("schema", {}).get("properties", {}).get(entry["field"])
        if prop is None:
            report.stale.append(f"{entry['operation']} {entry['field']}: no such request field")
            continue
        slot = prop["items"] if prop.get("type") == "array" else prop
        if "$ref" in slot:
            report.stale.append(f"{entry['operation']} {entry['field']}: already a component")
            continue
        shape = copy.deepcopy(slot)
        if schemas.setdefault(entry["name"], shape) != shape:
            raise ValueError(f"request_names: {entry['name']} names two different shapes")
        slot.clear()
        slot["$ref"] = SCHEMA_PREFIX + entry["name"]
        report.counts["request_names"] += 1
