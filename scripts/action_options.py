"""Call-flow actions from the spec's option schemas and the server's option structs.

An action's ``option`` is free-form in the spec (the server stores a map and reads it as the
option struct of the action's type), so nothing in the generated models says which option an
action takes. Three things are built here from one table, spec_overrides.yaml
``action_options`` (one entry per action type of the server):

* ``apply`` (a step of normalise.py): each type's option schema completed with the server's
  fields the spec lacks, freed of those the server never reads, and created for the types the
  spec has no schema for; each marked with ``x-action-type`` so that the table survives the
  renaming to public names.
* ``discriminators``: for templates/model.py.jinja, the option model of each type, so that
  ``Action.option`` parses as ``ActionOptionTalk`` for a talk action.
* ``render``: facade/voipbin/_generated/actions.py, one typed builder per type a request may
  hold (voipbin.actions) and the TypedDicts of the same shape (voipbin.types.ActionParam).
"""

from __future__ import annotations

import copy
import json
import keyword
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from layout import FACADE_GENERATED

JSON = dict[str, Any]
SCHEMA_PREFIX = "#/components/schemas/"
ACTION_SCHEMA = "FlowManagerAction"  # the spec's name; marked so that its public name can be found
TYPE_MARK = "x-action-type"  # on an option schema: the action type it is the option of
ACTION_MARK = "x-action"  # on the action schema, whose "option" field's model depends on its "type"
MODULES = ("actions", "action_params")  # the builders (voipbin.actions), the TypedDicts (voipbin.types)


def apply(doc: JSON, entries: list[JSON], report: Any) -> None:
    """Complete, trim or create each action type's option schema (see the module's docstring)."""
    schemas = doc.get("components", {}).get("schemas", {})
    if not entries:
        return
    if ACTION_SCHEMA not in schemas:
        report.stale.append(f"{ACTION_SCHEMA}: no such schema (action_options)")
        return
    schemas[ACTION_SCHEMA][ACTION_MARK] = True
    for entry in entries:
        schema = schemas.setdefault(entry["schema"], {"type": "object", "properties": {}})
        schema[TYPE_MARK] = entry["type"]
        props = schema.setdefault("properties", {})
        for name, field in entry.get("fields", {}).items():
            props[name] = {key: copy.deepcopy(value) for key, value in field.items() if key != "source"}
            report.counts["action_options"] += 1
        for name in entry.get("dropped", {}):
            if props.pop(name, None) is None:
                report.stale.append(f"{entry['schema']}.{name}: no such property to drop (action_options)")
            else:
                report.counts["action_options"] += 1
    known = {entry["schema"] for entry in entries}
    report.stale += [
        f"{name}: an option schema with no action_options entry"
        for name in schemas
        if name.startswith(ACTION_SCHEMA + "Option") and "properties" in schemas[name] and name not in known
    ]


def _marked(doc: JSON) -> tuple[str, dict[str, str], str]:
    """(the action schema's public name, {action type: its option schema}, the generic option
    schema for types the SDK does not know), from the marks ``apply`` left."""
    schemas = doc["components"]["schemas"]
    owner = next((name for name, schema in schemas.items() if schema.get(ACTION_MARK)), None)
    if owner is None:
        raise LookupError("no action schema")
    by_type = {schema[TYPE_MARK]: name for name, schema in schemas.items() if TYPE_MARK in schema}
    option = schemas[owner]["properties"]["option"]
    generic = _ref_name(option.get("allOf", [option])[0])
    enum = _enum_values(doc, schemas[owner]["properties"]["type"])
    missing = sorted(set(enum) - set(by_type))
    if missing:
        raise ValueError(f"action types with no option schema (add action_options entries): {missing}")
    return owner, by_type, generic


def discriminators(doc: JSON, modules: dict[str, str]) -> dict[str, JSON]:
    """For templates/model.py.jinja: model -> field -> what its class depends on. ``modules``
    maps each model class to its module."""
    try:
        owner, by_type, generic = _marked(doc)
    except LookupError:  # a spec without call-flow actions (the pipeline's tests)
        return {}
    models = [[kind, name, modules[name]] for kind, name in sorted(by_type.items())]
    return {owner: {"option": {"by": "type", "models": models, "default": [generic, modules[generic]]}}}


def _ref_name(node: JSON) -> str:
    return str(node.get("$ref", "")).removeprefix(SCHEMA_PREFIX)


def _enum_values(doc: JSON, node: JSON) -> list[Any]:
    target = doc["components"]["schemas"].get(_ref_name(node), node) if "$ref" in node else node
    return list(target.get("enum", []))


def _annotation(doc: JSON, node: JSON, imports: set[str], action: str) -> str:
    """What a builder keyword (and its TypedDict key) takes: a model also as a mapping, an
    enum as its values (Literal) or its class, an id as a str or a UUID."""
    parts = node.get("allOf")
    if parts and len(parts) == 1:
        node = parts[0]
    if "$ref" in node:
        name = _ref_name(node)
        target = doc["components"]["schemas"][name]
        if "enum" in target:
            imports.add(name)
            return f"{_literal(target['enum'])} | {name}"
        if name == action:
            return "Action | ActionParam"
        if "properties" not in target and isinstance(target.get("additionalProperties"), dict):
            return f"Mapping[str, {_annotation(doc, target['additionalProperties'], imports, action)}]"
        imports.add(name)
        return f"{name} | Mapping[str, Any]"
    if "enum" in node:
        return _literal(node["enum"])
    kind = node.get("type")
    if kind == "array":
        return f"Sequence[{_annotation(doc, node.get('items', {}), imports, action)}]"
    if kind == "string":
        return "str | UUID" if node.get("format") == "uuid" else "str"
    if kind == "object" and isinstance(node.get("additionalProperties"), dict):
        return f"Mapping[str, {_annotation(doc, node['additionalProperties'], imports, action)}]"
    simple = {"integer": "int", "number": "float", "boolean": "bool"}
    if kind not in simple:
        raise ValueError(f"no builder type for an option field shaped {json.dumps(node)[:200]}")
    return simple[kind]


def _literal(values: list[Any]) -> str:
    return f"Literal[{', '.join(json.dumps(value) for value in values)}]"


def _description(node: JSON) -> str:
    text = " ".join(str(node.get("description") or "").split())
    return text if not text or text.endswith(".") else text + "."


def builders(doc: JSON, entries: list[JSON]) -> tuple[list[JSON], set[str]]:
    """One builder per action type a request may hold, in the table's order, and the model
    and enum classes their annotations name."""
    schemas = doc["components"]["schemas"]
    action, by_type, _ = _marked(doc)
    imports: set[str] = set()
    found = []
    for entry in entries:
        if entry.get("internal"):
            continue
        name = by_type[entry["type"]]
        params = []
        for wire, node in schemas[name].get("properties", {}).items():
            python = wire + "_" if keyword.iskeyword(wire) else wire
            annotation = _annotation(doc, node, imports, action)
            params.append({"name": python, "wire": wire, "annotation": annotation, "doc": _description(node)})
        summary = " ".join(str(entry["summary"]).split())
        functional = [p for p in params if keyword.iskeyword(p["wire"])]  # keys no class body can hold
        found.append(
            {"type": entry["type"], "model": name, "summary": summary, "params": params, "functional": functional}
        )
    return found, imports


def render(doc: JSON, entries: list[JSON], templates: Path) -> dict[str, str]:
    """The generated modules of the builders and the TypedDicts, by path relative to the project root."""
    env = Environment(
        loader=FileSystemLoader(templates),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=StrictUndefined,
    )
    env.filters["py"] = lambda text: json.dumps(text, ensure_ascii=False)
    if not any(schema.get(ACTION_MARK) for schema in doc.get("components", {}).get("schemas", {}).values()):
        return {}  # a spec without call-flow actions (the pipeline's tests)
    env.filters["doc"] = _docstring_text
    found, imports = builders(doc, entries)
    owner = _marked(doc)[0]
    kind = _ref_name(doc["components"]["schemas"][owner]["properties"]["type"])
    values = {"builders": found, "imports": sorted(imports | {owner, kind}), "action": owner, "type_enum": kind}
    return {f"{FACADE_GENERATED}/{name}.py": env.get_template(f"{name}.py.jinja").render(values) for name in MODULES}


def _docstring_text(text: str) -> str:
    """Text safe inside a triple-quoted docstring."""
    return text.replace("\\", "\\\\").replace('"""', "'''")


def public_types(data: Any, doc: JSON) -> dict[str, tuple[str, str]]:
    """For voipbin.types: the action types' enum, every option model and what they hold (no
    answer's schema names them: the spec types an action's option as a free-form object),
    public name -> (module, class)."""
    from openapi_python_client.parser.properties import EnumProperty, ModelProperty
    from openapi_python_client.parser.properties.list_property import ListProperty
    from openapi_python_client.parser.properties.union import UnionProperty

    try:
        owner, by_type, generic = _marked(doc)
    except LookupError:
        return {}
    wanted = {*by_type.values(), generic, _ref_name(doc["components"]["schemas"][owner]["properties"]["type"])}
    stack: list[Any] = [m for m in [*data.models, *data.enums] if str(m.class_info.name) in wanted]
    found: dict[str, tuple[str, str]] = {}
    while stack:
        prop = stack.pop()
        if isinstance(prop, UnionProperty):
            stack.extend(prop.inner_properties)
        elif isinstance(prop, ListProperty):
            stack.append(prop.inner_property)
        elif isinstance(prop, ModelProperty | EnumProperty) and str(prop.class_info.name) not in found:
            found[str(prop.class_info.name)] = (str(prop.class_info.module_name), str(prop.class_info.name))
            if isinstance(prop, ModelProperty):
                stack.extend([*(prop.required_properties or []), *(prop.optional_properties or [])])
    return found
