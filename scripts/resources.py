"""Plan the facade's methods (vb.<resource>[.<sub>...].<verb>) from the generator's model:
what each takes (typed inputs: Inputs), sends and answers, and render the generated facade
modules. The namespaces and names follow the rule in scripts/namespaces.py."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import namespaces
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from layout import API_DOC, CLI_TABLE, FACADE_GENERATED, PARAMS_MODULE, RESOURCES_DIR, TYPES_MODULE
from method_docs import call_options, docstring
from namespaces import collections, group, path_name, verb
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.openapi import Endpoint
from openapi_python_client.parser.properties import EnumProperty, ModelProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.union import UnionProperty
from openapi_python_client.parser.properties.uuid import UuidProperty
from operation import Operation, Param, cli_flags, cli_kind, split_union

RESERVED_KWARGS = {
    "timeout", "max_retries", "deadline", "max_response_bytes", "extra_body", "extra_headers", "extra_query", "self",
}  # fmt: skip
# The generator suffixes builtins with "_"; these read better bare, as keyword arguments
# and as model attributes (regenerate.py hands this table to templates/model.py.jinja).
# Neither is ever used as a type in an annotation, so a bare attribute shadows nothing.
BARE_NAMES = {"type_": "type", "format_": "format"}


def _code(value: Any) -> str:
    return str(value.as_unembedded_code()) if hasattr(value, "as_unembedded_code") else str(value)


def _raw(value: Any) -> str:
    return str(value.get_untrusted_value()) if hasattr(value, "get_untrusted_value") else str(value)


def _model_properties(prop: Any) -> list[Any]:
    if isinstance(prop, ModelProperty):
        return list(prop.required_properties or []) + list(prop.optional_properties or [])
    return []


def _list_item(prop: Any) -> Any | None:
    """The item property when ``prop`` is a list answer: an envelope or a bare array."""
    if isinstance(prop, UnionProperty):
        for inner in prop.inner_properties:
            found = _list_item(inner)
            if found is not None:
                return found
        return None
    if isinstance(prop, ListProperty):
        return prop.inner_property
    for inner in _model_properties(prop):
        if _raw(inner.name) == "result":
            return _list_item(inner)
    return None


def _annotation(prop: Any, *, widen: bool, inputs: Inputs | None = None) -> str:
    """The facade's type for a property. Answers read as their models. Inputs (``widen``)
    take a model or its TypedDict (Inputs.annotation), an enum member or one of its known
    values, a UUID or its text."""
    if isinstance(prop, UnionProperty):
        parts = [_annotation(inner, widen=widen, inputs=inputs) for inner in prop.inner_properties]
        return " | ".join(dict.fromkeys(part for p in parts for part in split_union(p)))
    if isinstance(prop, ListProperty):
        inner = _annotation(prop.inner_property, widen=widen, inputs=inputs)
        return f"Sequence[{inner}]" if widen else f"builtins.list[{inner}]"
    if isinstance(prop, UuidProperty):
        return "UUID | str" if widen else "str"  # responses keep ids as the server's strings
    base = _code(prop.get_base_type_string())
    if not widen:
        return base
    if isinstance(prop, ModelProperty | EnumProperty) and inputs is not None:
        return inputs.annotation(prop)
    return base


# Models whose TypedDict another module renders, richer than a field list: the call-flow
# actions' (scripts/action_options.py: its option typed by the action's type).
EXTERNAL_PARAMS = {"Action": "voipbin._generated.action_params"}


@dataclass
class Inputs:
    """How requests are typed, and the TypedDicts they need (rendered into params.py).

    A model a method takes is ``Model | ModelParam``: the model, or a dict of its fields
    whose keys and values mypy checks (``ModelParam``, required keys as the ``required``
    overrides say, every other key optional); a free-form object is a Mapping. An enum is
    ``Enum | Literal[<its values>]`` (the enum where answers hold it, so users can import
    it), so a misspelt value is a type error while any value still goes out at run time.
    """

    answered: frozenset[str]  # classes answers can hold: importable from voipbin.types
    required: Mapping[str, list[str]] = field(default_factory=dict)
    models: Mapping[str, Any] = field(default_factory=dict)  # class -> the model's full property
    params: dict[str, Any] = field(default_factory=dict)  # model class -> its ModelProperty

    def annotation(self, prop: Any) -> str:
        name = str(prop.class_info.name)
        prop = self.models.get(name, prop)
        if isinstance(prop, EnumProperty):
            values = ", ".join(json.dumps(value) for value in prop.values.values())
            return f"{name} | Literal[{values}]" if name in self.answered else f"Literal[{values}]"
        if not _model_properties(prop):  # free-form: variables, metadata
            extra = prop.additional_properties
            value = "Any" if extra in (None, True, False) else _annotation(extra, widen=True, inputs=self)
            return f"Mapping[str, {value}]"
        if name in EXTERNAL_PARAMS:
            return f"{name} | {name}Param"
        if name not in self.params:
            self.params[name] = prop
            for inner in _model_properties(prop):
                _annotation(inner, widen=True, inputs=self)  # the TypedDicts its fields need
        return f"{name} | {name}Param"

    def typed_dicts(self) -> list[dict[str, Any]]:
        """Each TypedDict: its name, the model, its keys (wire name, annotation, required)."""
        found = []
        for name, prop in sorted(self.params.items()):
            required = set(self.required.get(name, []))
            keys = [
                (_raw(inner.name), _annotation(inner, widen=True, inputs=self), _raw(inner.name) in required)
                for inner in _model_properties(prop)
            ]
            found.append({"name": f"{name}Param", "model": name, "keys": keys, "doc": _raw(prop.description)})
        return found


# Models the runtime defines itself (class -> the module the generator would write): one
# Address for what is sent and what is answered, with its checked constructors.
RUNTIME_MODELS = {"Address": "address"}


def _imports(prop: Any) -> set[str]:
    found = prop.get_imports(prefix="voipbin_api.") | prop.get_lazy_imports(prefix="voipbin_api.")
    runtime = {f"from voipbin_api.models.{module} import {name}": name for name, module in RUNTIME_MODELS.items()}
    lines = {line for line in found if line.startswith("from voipbin_api.models")}
    return {f"from voipbin_api.runtime import {runtime[line]}" if line in runtime else line for line in lines}


def _success(endpoint: Endpoint) -> list[Any]:
    return [r for r in endpoint.responses.patterns if 200 <= int(r.status_code.pattern) < 300]


def _param(prop: Any, used: set[str], imports: set[str], inputs: Inputs, *, in_body: bool = False) -> Param:
    name = BARE_NAMES.get(str(prop.python_name), str(prop.python_name))
    if name in used or name in RESERVED_KWARGS:
        name = f"{name}_"
    used.add(name)
    imports |= _imports(prop)
    annotation = _annotation(prop, widen=True, inputs=inputs)
    reference = in_body and (
        isinstance(prop, UuidProperty) or (_code(prop.get_base_type_string()) == "str" and name.endswith("_id"))
    )
    return Param(name, _raw(prop.name), annotation, bool(prop.required), reference)


def plan(
    data: GeneratorData, root_paths: Mapping[str, bool] | None = None, downloads: frozenset[str] = frozenset(),
    legacy_shapes: Mapping[str, str] | None = None, inputs: Inputs | None = None,
) -> list[Operation]:  # fmt: skip
    """Every operation of the spec as a facade method, names resolved; those on ``root_paths``
    are sent to the server root, outside base_url's /v1.0 (and need no credential where the
    path maps to True); ``downloads`` ("GET /path") give
    the file the server redirects to; ``legacy_shapes`` ("POST /path": an adapter of
    voipbin/_resource.py) read older answer shapes as today's model."""
    endpoints = _endpoints(data)
    paths = {_raw(e.path) for e in endpoints}
    found = collections(paths, {_raw(e.path) for e in endpoints if e.method == "get" and _is_list(e)})
    operations = []
    for endpoint in endpoints:
        chain, name = verb(endpoint.method, _raw(endpoint.path), is_list=_is_list(endpoint), collections=found)
        operations.append(_operation(endpoint, chain, name, inputs or Inputs(answered_classes(data))))
        op = operations[-1]
        op.at_root = op.spec_path in (root_paths or {})
        op.public = (root_paths or {}).get(op.spec_path, False)
        key = f"{op.method.upper()} {op.spec_path}"
        if key in downloads:
            op.download, op.returns, op.parser = True, "bytes", "raw_bytes"
        if key in (legacy_shapes or {}):
            op.parser = op.parser.removesuffix(")") + f", legacy={(legacy_shapes or {})[key]})"
    clashes = Counter((op.chain, op.name) for op in operations)
    twice = [f"vb.{'.'.join(chain)}.{name}" for (chain, name), count in clashes.items() if count > 1]
    if twice:
        raise ValueError(f"the naming rule gives one name to several operations: {', '.join(twice)}")
    return sorted(operations, key=lambda op: (op.chain, op.name))


def _is_list(endpoint: Endpoint) -> bool:
    success = _success(endpoint)
    return endpoint.method == "get" and len(success) == 1 and _list_item(success[0].prop) is not None


def _operation(endpoint: Endpoint, chain: tuple[str, ...], name: str, inputs: Inputs) -> Operation:
    imports: set[str] = set()
    used: set[str] = set()
    path = _raw(endpoint.path)
    path_params = []
    for prop in endpoint.path_parameters:
        python = path_name(path, str(prop.python_name), used)
        path = path.replace("{" + str(prop.python_name) + "}", "{" + python + "}")
        used.add(python)
        path_params.append((python, _raw(prop.name)))
    query = [_param(prop, used, imports, inputs) for prop in endpoint.query_parameters]
    body: list[Param] = []
    multipart = False
    for candidate in endpoint.bodies[:1]:
        multipart = "multipart" in _raw(candidate.content_type)
        body = [_param(prop, used, imports, inputs, in_body=True) for prop in _model_properties(candidate.prop)]
    success = _success(endpoint)
    item = None
    if _is_list(endpoint):
        item_prop = _list_item(success[0].prop)
        item = _annotation(item_prop, widen=False)
        imports |= _imports(item_prop)
        parser = f"page_parser({item if isinstance(item_prop, ModelProperty) else 'None'})"
    else:
        parser = _parser(success[0] if success else None)
    returns = " | ".join(dict.fromkeys(_returns(r) for r in success)) or "None"
    for response in success:
        imports |= _imports(response.prop)
    return Operation(
        chain=chain,
        name=name,
        method=endpoint.method,
        path=path,
        summary=_raw(endpoint.summary) or _raw(endpoint.description).split("\n")[0],
        path_params=path_params,
        query=query,
        body=body,
        multipart=multipart,
        returns=returns,
        parser=parser,
        item=item,
        imports=imports,
    )


def _returns(response: Any) -> str:
    """The type a 2xx answer is read as: no body is None, a text body (an HTML page) str."""
    kind = response.source["return_type"]
    return {"None": "None", "str": "str"}.get(kind) or _annotation(response.prop, widen=False)


def _parser(response: Any | None) -> str:
    """How the facade reads an operation's 2xx answer: a model's from_dict, a list of
    models, the raw bytes of a file, text, nothing, or plain JSON."""
    prop = response.prop if response is not None else None
    if isinstance(prop, ModelProperty):
        return f"model_parser({_annotation(prop, widen=False)})"
    if isinstance(prop, ListProperty) and isinstance(prop.inner_property, ModelProperty):
        return f"list_parser({_annotation(prop.inner_property, widen=False)})"
    returns = _returns(response) if response is not None else "None"
    return {"None": "no_body", "File": "file_body", "str": "text_body"}.get(returns, "json_body")


# Names the voipbin package itself defines: no model may take one.
FACADE_NAMES = {"Page", "Voipbin", "AsyncVoipbin", "Event"}


def public_types(data: GeneratorData, operations: list[Operation]) -> dict[str, tuple[str, str]]:
    """voipbin.types: public name -> (module, class) for every model and enum an answer can
    hold. The classes carry their public names already (scripts/normalise.py names them);
    list envelopes are left out: list methods yield their items."""
    envelopes = {op.returns for op in operations if op.item}
    found = _answered(data)
    clash = sorted(FACADE_NAMES & set(found))
    if clash:
        raise ValueError(f"models named as the facade's own classes: {clash} (choose a `names` override)")
    return {name: (module, name) for name, module in sorted(found.items()) if name not in envelopes}


def models_by_name(data: GeneratorData) -> dict[str, Any]:
    """Each model's full property by class name: a model reached through another one (a list's
    item, a field) may be a reference made before its fields were read."""
    return {str(model.class_info.name): model for model in data.models}


def _answered(data: GeneratorData) -> dict[str, str]:
    """Class -> module of every model and enum a 2xx answer can hold."""
    models = models_by_name(data)
    found: dict[str, str] = {}
    stack = [r.prop for e in _endpoints(data) for r in _success(e)]
    while stack:
        prop = stack.pop()
        if isinstance(prop, UnionProperty):
            stack.extend(prop.inner_properties)
        elif isinstance(prop, ListProperty):
            stack.append(prop.inner_property)
        elif isinstance(prop, ModelProperty | EnumProperty) and prop.class_info.name not in found:
            found[str(prop.class_info.name)] = str(prop.class_info.module_name)
            stack.extend(_model_properties(models.get(str(prop.class_info.name), prop)))
    return found


def answered_classes(data: GeneratorData) -> frozenset[str]:
    """The models and enums answers can hold: the names voipbin.types exports."""
    return frozenset(_answered(data))


def model_classes(data: GeneratorData) -> set[str]:
    """The class name of every model and enum the generator made."""
    return {str(m.class_info.name) for m in data.models} | {str(e.class_info.name) for e in data.enums}


def _endpoints(data: GeneratorData) -> list[Endpoint]:
    return [e for collection in data.endpoint_collections_by_tag.values() for e in collection.endpoints]


def render(
    operations: list[Operation], types: dict[str, tuple[str, str]], templates: Path, source: str,
    overrides: Mapping[str, Any] | None = None, reserved: Collection[str] = (), classes: Collection[str] = (),
    inputs: Inputs | None = None,
) -> dict[str, str]:  # fmt: skip
    """The generated files, by path relative to the project root. A first-level namespace
    may not take a name in ``reserved`` (the clients' own attributes: client_attributes); a
    namespace's class never takes the name of one of the model ``classes``."""
    env = Environment(
        loader=FileSystemLoader(templates),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=StrictUndefined,
    )
    env.filters["py"] = lambda text: json.dumps(text, ensure_ascii=False)  # a Python string literal
    env.filters["docstring"] = docstring
    resources = group(operations, frozenset(classes))
    shadowing = sorted(r.name for r in resources if len(r.chain) == 1 and r.name in reserved)
    if shadowing:
        raise ValueError(f"the namespaces {shadowing} would share their names with the clients' own attributes")
    typed_dicts = (inputs or Inputs(frozenset())).typed_dicts()
    files = {
        f"{FACADE_GENERATED}/__init__.py": env.get_template("generated_init.py.jinja").render(),
        f"{RESOURCES_DIR}/__init__.py": env.get_template("init.py.jinja").render(
            resources=[r for r in resources if len(r.chain) == 1]
        ),
        TYPES_MODULE: env.get_template("types.py.jinja").render(types=types, params=[d["name"] for d in typed_dicts]),
        PARAMS_MODULE: env.get_template("params.py.jinja").render(
            typed_dicts=typed_dicts, imports=_class_imports([a for d in typed_dicts for _, a, _ in d["keys"]], classes)
        ),
        CLI_TABLE: env.get_template("cli_table.py.jinja").render(operations=operations, flags=cli_flags, kind=cli_kind),
        API_DOC: env.get_template("api.md.jinja").render(
            resources=resources,
            operations=operations,
            source=source,
            rule=_rule_text(),
            overrides=overrides or {},
            options=call_options(),
        ),
    }
    template = env.get_template("resource.py.jinja")
    for resource in resources:
        ops = resource.operations
        files[resource.file] = template.render(
            resource=resource,
            operations=ops,
            imports=sorted(set().union(set(), *(op.imports for op in ops))),
            params=sorted(
                {name for op in ops for p in op.query + op.body for name in PARAM_NAME.findall(p.annotation)}
            ),
        )
    return files


PARAM_NAME = re.compile(r"\b\w+Param\b")


def _params_named(param: Param) -> list[str]:
    """The TypedDicts a parameter's annotation names (AddressParam...)."""
    return PARAM_NAME.findall(param.annotation)


IDENTIFIER = re.compile(r"\b[A-Z]\w*\b")


def _class_imports(annotations: list[str], classes: Collection[str]) -> list[str]:
    """Import lines for the model and enum classes the annotations name."""
    named = {name for text in annotations for name in IDENTIFIER.findall(text)} & set(classes)
    runtime = sorted(named & set(RUNTIME_MODELS))
    lines = [f"from voipbin_api.runtime import {', '.join(runtime)}"] if runtime else []
    models = sorted(named - set(RUNTIME_MODELS))
    return lines + ([f"from voipbin_api.models import {', '.join(models)}"] if models else [])


def _rule_text() -> str:
    doc = namespaces.__doc__ or ""
    return doc[doc.index("* Every literal") :].strip()
