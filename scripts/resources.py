"""Plan the facade's resource namespaces (vb.<resource>.<verb>) from the generator's model.

The naming rule (docs/api.md repeats it for users):

* The resource is the first path segment, hyphens turned into underscores.
* The rest of the path, without its parameters, is the noun; hyphens become
  underscores, and a segment followed by a path parameter is made singular (it names
  one item): ``/timelines/calls/{call_id}/sip-analysis`` -> ``call_sip_analysis``.
* No noun (``/x`` or ``/x/{id}``): GET is ``list`` when the answer is a list (an
  envelope with ``result`` or a bare array), else ``get``; POST ``create``; PUT
  ``update``; DELETE ``delete``.
* A noun: GET ``list_<noun>`` or ``get_<noun>`` by the same test; PUT
  ``update_<noun>``; DELETE ``delete_<noun>``; POST ``create_<noun>`` when the path
  is a collection (it is listed by a GET, or has items below it), else the noun
  itself, an action (``POST /calls/{id}/hangup`` -> ``hangup``). A noun ending in a
  path parameter names one item, so its last word is singular too
  (``DELETE /contacts/{id}/tags/{tag_id}`` -> ``delete_tag``).
* A name that is a Python keyword takes a trailing underscore (``continue_``).
* Collisions: if two operations of a resource get one name, each takes the suffix
  ``_by_<its last path parameter>`` (or ``_all`` when it has none).
"""

from __future__ import annotations

import keyword
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.openapi import Endpoint
from openapi_python_client.parser.properties import EnumProperty, ModelProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.union import UnionProperty
from openapi_python_client.parser.properties.uuid import UuidProperty

ADDRESS_MODEL = "CommonAddress"
RESERVED_KWARGS = {"timeout", "max_retries", "extra_body", "self"}
# The generator suffixes builtins with "_"; these read better bare, as keyword arguments
# and as model attributes (templates/model.py.jinja keeps the same two).
BARE_NAMES = {"type_": "type", "format_": "format"}
RESOURCES_DIR = "facade/voipbin/_resources"
TYPES_MODULE = "facade/voipbin/types.py"
# Answers whose older shapes the server still sends (API_FACTS.md, "Bodies the spec leaves
# out"): read through an adapter of voipbin/_resource.py instead of the plain model.
LEGACY_SHAPES = {"POST /calls": "model_parser(CallsCreated, legacy=calls_envelope)"}


@dataclass
class Param:
    """One keyword argument of a facade method and where it goes on the wire."""

    name: str  # python name
    wire: str  # JSON key or query name
    annotation: str
    required: bool
    reference: bool = False  # a body id (uuid, or a str named *_id): None sends the nil UUID, "no reference"


@dataclass
class Operation:
    """One facade method: how it is called, what it sends and what it returns."""

    resource: str
    name: str
    method: str
    path: str
    summary: str
    path_params: list[tuple[str, str]]  # (python name, wire name)
    query: list[Param]
    body: list[Param]
    multipart: bool
    returns: str
    parser: str  # the expression (in voipbin/_resource.py terms) that reads a 2xx answer
    item: str | None  # the item type when the method paginates (a list verb)
    imports: set[str] = field(default_factory=set)

    @property
    def spec_path(self) -> str:
        """The path as the spec writes it (the generator renames parameters)."""
        spec = self.path
        for python, wire in self.path_params:
            spec = spec.replace("{" + python + "}", "{" + wire + "}")
        return spec

    @property
    def has_token(self) -> bool:
        return any(p.wire == "page_token" for p in self.query)

    @property
    def url(self) -> str:
        """The path as an f-string body with quoted path parameters."""
        url = self.path
        for python, _ in self.path_params:
            url = url.replace("{" + python + "}", "{path(" + python + ")}")
        return url


def _code(value: Any) -> str:
    return str(value.as_unembedded_code()) if hasattr(value, "as_unembedded_code") else str(value)


def _raw(value: Any) -> str:
    return str(value.get_untrusted_value()) if hasattr(value, "get_untrusted_value") else str(value)


def singular(word: str) -> str:
    """English singular for the path words VoIPBIN uses (addresses, histories, tags)."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("sses"):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _noun(segments: list[str]) -> tuple[str, bool]:
    """The noun of the path after the resource, and whether it ends in a parameter."""
    words: list[str] = []
    for index, segment in enumerate(segments):
        if segment.startswith("{"):
            continue
        followed_by_param = index + 1 < len(segments) and segments[index + 1].startswith("{")
        word = segment.replace("-", "_")
        words.append(singular(word) if followed_by_param else word)
    return "_".join(words), bool(segments) and segments[-1].startswith("{")


def verb(method: str, path: str, *, is_list: bool, is_collection: bool) -> tuple[str, str]:
    """(resource, method name) for one operation, by the rule in this module's docstring."""
    segments = path.strip("/").split("/")
    resource = segments[0].replace("-", "_")
    noun, _ = _noun(segments[1:])
    method = method.upper()
    if not noun:
        bare = {"GET": "list" if is_list else "get", "POST": "create", "PUT": "update", "DELETE": "delete"}
        return resource, bare[method]
    if method == "GET":
        return resource, f"{'list' if is_list else 'get'}_{noun}"
    if method == "POST":
        return resource, f"create_{noun}" if is_collection else noun
    return resource, f"{'update' if method == 'PUT' else 'delete'}_{noun}"


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


def _annotation(prop: Any, *, widen: bool) -> str:
    """The facade's type for a property. Inputs are widened: a model also takes a
    mapping (and an Address for CommonAddress), an enum a plain str, a UUID a str."""
    if isinstance(prop, UnionProperty):
        parts = [_annotation(inner, widen=widen) for inner in prop.inner_properties]
        return " | ".join(dict.fromkeys(part for p in parts for part in p.split(" | ")))
    if isinstance(prop, ListProperty):
        inner = _annotation(prop.inner_property, widen=widen)
        return f"Sequence[{inner}]" if widen else f"builtins.list[{inner}]"
    if isinstance(prop, UuidProperty):
        return "UUID | str" if widen else "str"  # responses keep ids as the server's strings
    base = _code(prop.get_base_type_string())
    if not widen:
        return base
    if isinstance(prop, ModelProperty):
        extra = "Address | " if base == ADDRESS_MODEL else ""
        return f"{extra}{base} | Mapping[str, Any]"
    if isinstance(prop, EnumProperty):
        return f"{base} | str"
    return base


def _imports(prop: Any) -> set[str]:
    found = prop.get_imports(prefix="voipbin_api.") | prop.get_lazy_imports(prefix="voipbin_api.")
    return {line for line in found if line.startswith("from voipbin_api.models")}


def _success(endpoint: Endpoint) -> list[Any]:
    return [r for r in endpoint.responses.patterns if 200 <= int(r.status_code.pattern) < 300]


def _param(prop: Any, used: set[str], imports: set[str], *, in_body: bool = False) -> Param:
    name = BARE_NAMES.get(str(prop.python_name), str(prop.python_name))
    if name in used or name in RESERVED_KWARGS:
        name = f"{name}_"
    used.add(name)
    imports |= _imports(prop)
    annotation = _annotation(prop, widen=True)
    reference = in_body and (
        isinstance(prop, UuidProperty) or (_code(prop.get_base_type_string()) == "str" and name.endswith("_id"))
    )
    return Param(name, _raw(prop.name), annotation, bool(prop.required), reference)


def plan(data: GeneratorData) -> list[Operation]:
    """Every operation of the spec as a facade method, names resolved."""
    endpoints = _endpoints(data)
    paths = {_raw(e.path) for e in endpoints}
    listed = {_raw(e.path) for e in endpoints if e.method == "get" and _is_list(e)}
    operations = []
    for endpoint in endpoints:
        path = _raw(endpoint.path)
        child = re.compile(re.escape(path) + r"/\{[^/]+\}$")
        is_collection = path in listed or any(child.match(p) for p in paths)
        resource, name = verb(endpoint.method, path, is_list=_is_list(endpoint), is_collection=is_collection)
        if keyword.iskeyword(name):
            name += "_"
        operations.append(_operation(endpoint, resource, name))
    _resolve_collisions(operations)
    return sorted(operations, key=lambda op: (op.resource, op.name))


def _is_list(endpoint: Endpoint) -> bool:
    success = _success(endpoint)
    return endpoint.method == "get" and len(success) == 1 and _list_item(success[0].prop) is not None


def _operation(endpoint: Endpoint, resource: str, name: str) -> Operation:
    imports: set[str] = set()
    used: set[str] = set()
    path_params = []
    for prop in endpoint.path_parameters:
        used.add(str(prop.python_name))
        path_params.append((str(prop.python_name), _raw(prop.name)))
    query = [_param(prop, used, imports) for prop in endpoint.query_parameters]
    body: list[Param] = []
    multipart = False
    for candidate in endpoint.bodies[:1]:
        multipart = "multipart" in _raw(candidate.content_type)
        body = [_param(prop, used, imports, in_body=True) for prop in _model_properties(candidate.prop)]
    success = _success(endpoint)
    item = None
    if _is_list(endpoint):
        item_prop = _list_item(success[0].prop)
        item = _annotation(item_prop, widen=False)
        imports |= _imports(item_prop)
        parser = f"page_parser({item if isinstance(item_prop, ModelProperty) else 'None'})"
    else:
        parser = _parser(success[0].prop if success else None)
    returns = " | ".join(dict.fromkeys(_annotation(r.prop, widen=False) for r in success)) or "None"
    for response in success:
        imports |= _imports(response.prop)
    return Operation(
        resource=resource,
        name=name,
        method=endpoint.method,
        path=_raw(endpoint.path),
        summary=_raw(endpoint.summary) or _raw(endpoint.description).split("\n")[0],
        path_params=path_params,
        query=query,
        body=body,
        multipart=multipart,
        returns=returns,
        parser=LEGACY_SHAPES.get(f"{endpoint.method.upper()} {_raw(endpoint.path)}", parser),
        item=item,
        imports=imports,
    )


def _parser(prop: Any | None) -> str:
    """How the facade reads an operation's 2xx answer: a model's from_dict, a list of
    models, the raw bytes of a file, nothing, or plain JSON."""
    if isinstance(prop, ModelProperty):
        return f"model_parser({_annotation(prop, widen=False)})"
    if isinstance(prop, ListProperty) and isinstance(prop.inner_property, ModelProperty):
        return f"list_parser({_annotation(prop.inner_property, widen=False)})"
    if prop is None or _annotation(prop, widen=False) == "None":
        return "no_body"
    if _annotation(prop, widen=False) == "File":
        return "file_body"
    return "json_body"


def _resolve_collisions(operations: list[Operation]) -> None:
    by_name: dict[tuple[str, str], list[Operation]] = defaultdict(list)
    for op in operations:
        by_name[op.resource, op.name].append(op)
    for clash in by_name.values():
        if len(clash) > 1:
            for op in clash:
                op.name += f"_by_{op.path_params[-1][0]}" if op.path_params else "_all"


@dataclass
class Resource:
    """One namespace: vb.<name>, its module and classes, its operations."""

    name: str
    operations: list[Operation]

    @property
    def module(self) -> str:
        return self.name

    @property
    def class_name(self) -> str:
        return "".join(part.title() for part in self.name.split("_"))


def group(operations: list[Operation]) -> list[Resource]:
    by_resource: dict[str, list[Operation]] = defaultdict(list)
    for op in operations:
        by_resource[op.resource].append(op)
    return [Resource(name, ops) for name, ops in sorted(by_resource.items())]


# Names the voipbin package itself defines: a model never takes one (ContactManagerAddress
# is ContactAddress, not a second Address beside voipbin.Address).
FACADE_NAMES = {"Address", "Page"}
_SERVICE_PREFIX = re.compile(r"^([A-Z][A-Za-z]*?)Manager(?=[A-Z])")


def public_types(data: GeneratorData, operations: list[Operation]) -> dict[str, tuple[str, str]]:
    """voipbin.types: public name -> (module, generated class) for every model and enum an
    answer can hold. The name drops the generator's ``<Service>Manager`` prefix
    (RouteManagerRoute -> Route); where two services would share a name, the service's
    own model keeps it and the others keep their service (MessageManagerMessage ->
    Message, ConversationManagerMessage -> ConversationMessage), as does a model whose
    name the facade already uses (FACADE_NAMES). List envelopes are
    left out: list methods yield their items."""
    envelopes = {op.returns for op in operations if op.item}
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
            stack.extend(_model_properties(prop))
    for name in envelopes:
        found.pop(name, None)
    by_short: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for name in found:
        match = _SERVICE_PREFIX.match(name)
        service = match.group(1) if match else ""
        by_short[name[match.end() :] if match else name].append((service, name))
    public: dict[str, tuple[str, str]] = {}
    for short, owners in by_short.items():
        for service, name in owners:
            alone = (len(owners) == 1 or service == short) and short not in FACADE_NAMES
            public[short if alone else service + short] = (found[name], name)
    return dict(sorted(public.items()))


def _endpoints(data: GeneratorData) -> list[Endpoint]:
    return [e for collection in data.endpoint_collections_by_tag.values() for e in collection.endpoints]


def render(
    operations: list[Operation], types: dict[str, tuple[str, str]], templates: Path, source: str
) -> dict[str, str]:
    """The generated files, by path relative to the project root."""
    env = Environment(
        loader=FileSystemLoader(templates),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=StrictUndefined,
    )
    resources = group(operations)
    files = {
        f"{RESOURCES_DIR}/__init__.py": env.get_template("init.py.jinja").render(resources=resources),
        TYPES_MODULE: env.get_template("types.py.jinja").render(types=types),
        "docs/api.md": env.get_template("api.md.jinja").render(
            resources=resources, operations=operations, source=source, rule=_rule_text()
        ),
    }
    template = env.get_template("resource.py.jinja")
    for resource in resources:
        ops = resource.operations
        files[f"{RESOURCES_DIR}/{resource.module}.py"] = template.render(
            resource=resource.name,
            path_root=ops[0].spec_path.strip("/").split("/")[0],
            class_name=resource.class_name,
            operations=ops,
            imports=sorted(set().union(*(op.imports for op in ops))),
        )
    return files


def _rule_text() -> str:
    doc = __doc__ or ""
    return doc[doc.index("* The resource") :].strip()
