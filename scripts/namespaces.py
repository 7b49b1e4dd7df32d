"""The facade's namespaces (vb.<resource>[.<sub>...].<verb>): the naming rule, and the clash checks.

The naming rule (docs/api.md repeats it for users):

* Every literal segment of a path is a namespace, hyphens turned into underscores
  (``/service_agents/contacts/{id}/addresses/{address_id}`` ->
  ``vb.service_agents.contacts.addresses``), except a last literal that names no
  collection: it is then a verb of the namespace above (below).
* A literal names a collection when it is a first segment, is followed by a path
  parameter in some path, has paths below it, or is listed by a GET.
* In a collection: GET is ``list`` when the answer is a list (an envelope with
  ``result`` or a bare array), else ``get``; POST ``create``; PUT ``update``; DELETE
  ``delete``. On one item (the path ends in a parameter): GET ``get``, PUT ``update``,
  DELETE ``delete``.
* A last literal that names no collection is a verb of the namespace above: POST is
  the action itself (``POST /calls/{id}/hangup`` -> ``vb.calls.hangup(id)``); GET
  ``get_<word>``, PUT ``update_<word>``, DELETE ``delete_<word>``
  (``PUT /outplans/{id}/dial_info`` -> ``vb.outplans.update_dial_info(id)``).
* Path parameters are positional, in path order; an ``id`` that is not the last one is
  named after its collection (``contact_id``).
* A name that is a Python keyword takes a trailing underscore (``continue_``). Two
  operations never share a name: the pipeline stops if the rule ever gives one twice.
"""

from __future__ import annotations

import ast
import keyword
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from layout import RESOURCES_DIR, RESOURCES_PACKAGE
from operation import Operation


def singular(word: str) -> str:
    """English singular for the path words VoIPBIN uses (addresses, histories, tags)."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("sses"):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _word(segment: str) -> str:
    return segment.replace("-", "_")


def _shape(path: str) -> str:
    """A path with its parameters blanked: /contacts/{id}/tags and /contacts/{cid}/tags are one."""
    return re.sub(r"\{[^}]+\}", "{}", path)


def collections(paths: set[str], listed: set[str]) -> set[str]:
    """The literal prefixes (shapes) that name a collection, by the rule in this module's docstring."""
    shapes = {_shape(p) for p in paths}
    found = {_shape(p) for p in listed}
    for shape in shapes:
        segments = shape.strip("/").split("/")
        for index, segment in enumerate(segments):
            if segment == "{}":
                continue
            prefix = "/" + "/".join(segments[: index + 1])
            if index == 0 or index + 1 < len(segments):  # a first segment, or something below it
                found.add(prefix)
    return found


def verb(method: str, path: str, *, is_list: bool, collections: set[str]) -> tuple[tuple[str, ...], str]:
    """(namespace, method name) for one operation, by the rule in this module's docstring."""
    segments = path.strip("/").split("/")
    literals = [index for index, segment in enumerate(segments) if not segment.startswith("{")]
    chain = [_word(segments[index]) for index in literals]
    method = method.upper()
    last = literals[-1]
    on_item = last < len(segments) - 1
    if not on_item and _shape("/" + "/".join(segments[: last + 1])) not in collections:
        word = chain.pop()
        name = {"GET": f"get_{word}", "PUT": f"update_{word}", "DELETE": f"delete_{word}", "POST": word}[method]
    elif on_item:
        name = {"GET": "get", "PUT": "update", "DELETE": "delete", "POST": "create"}[method]
    else:
        name = {"GET": "list" if is_list else "get", "POST": "create", "PUT": "update", "DELETE": "delete"}[method]
    return tuple(chain), name + "_" if keyword.iskeyword(name) else name


@dataclass
class Resource:
    """One namespace, vb.<chain>: its module and classes, its operations, its sub-namespaces."""

    chain: tuple[str, ...]
    operations: list[Operation]
    children: list[Resource] = field(default_factory=list)
    taken: frozenset[str] = frozenset()  # class names the models have: a namespace's class never takes one

    @property
    def name(self) -> str:
        """The attribute the parent namespace (or the client) holds this one under."""
        return self.chain[-1]

    @property
    def dotted(self) -> str:
        return ".".join(self.chain)

    @property
    def module(self) -> str:
        """Its import path: nested as the namespaces nest."""
        return ".".join((RESOURCES_PACKAGE, *self.chain))

    @property
    def file(self) -> str:
        """Its file, relative to the project root: a package when namespaces sit below it."""
        return "/".join((RESOURCES_DIR, *self.chain)) + ("/__init__.py" if self.children else ".py")

    @property
    def class_name(self) -> str:
        """``ServiceAgentsContacts``; ``BillingAccountNamespace`` where a model has the plain name."""
        name = "".join(part.title().replace("_", "") for part in self.chain)
        return f"{name}Namespace" if name in self.taken else name


def group(operations: list[Operation], taken: frozenset[str] = frozenset()) -> list[Resource]:
    """Every namespace, parents before children; a namespace with no operation of its own
    (vb.service_agents.talk) exists to hold its children."""
    by_chain: dict[tuple[str, ...], list[Operation]] = defaultdict(list)
    for op in operations:
        for depth in range(1, len(op.chain)):
            by_chain.setdefault(op.chain[:depth], [])
        by_chain[op.chain].append(op)
    resources = {chain: Resource(chain, ops, taken=taken) for chain, ops in sorted(by_chain.items())}
    for chain, resource in resources.items():
        if len(chain) > 1:
            resources[chain[:-1]].children.append(resource)
        clash = {child.name for child in resource.children} & {op.name for op in resource.operations}
        if clash:
            raise ValueError(f"vb.{resource.dotted}: {sorted(clash)} is both a namespace and a method")
    return list(resources.values())


# The classes that hold the resource namespaces as attributes (voipbin/_client.py).
CLIENT_CLASSES = ("Voipbin", "AsyncVoipbin", "SyncRawClient", "AsyncRawClient")


def client_attributes(facade: Path) -> set[str]:
    """Every attribute name the clients define themselves, read from the hand-written
    modules of ``facade`` (voipbin/): methods, class attributes and ``self.<name> =`` of
    the client classes and of their bases there, and those of ``object``. A resource
    namespace under one of these names would shadow it, or be shadowed, silently."""
    classes: dict[str, ast.ClassDef] = {}
    for module in facade.glob("*.py"):
        tree = ast.parse(module.read_text())
        classes.update((node.name, node) for node in tree.body if isinstance(node, ast.ClassDef))
    names, pending, seen = set(dir(object)), list(CLIENT_CLASSES), set()
    while pending:
        node = classes.get(pending.pop())
        if node is None or node.name in seen:
            continue
        seen.add(node.name)
        pending += [_base_name(base) for base in node.bases]
        for item in ast.walk(node):
            if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef):
                names.add(item.name)
            elif isinstance(item, ast.Attribute) and isinstance(item.ctx, ast.Store):
                names.add(item.attr)
        for statement in node.body:
            targets = statement.targets if isinstance(statement, ast.Assign) else [getattr(statement, "target", None)]
            names |= {target.id for target in targets if isinstance(target, ast.Name)}
    missing = set(CLIENT_CLASSES) - seen
    if missing:
        raise ValueError(f"the client classes {sorted(missing)} are not defined in {facade}")
    return names


def _base_name(base: ast.expr) -> str:
    """``BaseClient`` of ``BaseClient[httpx.Client]``, ``Resources`` of ``Resources``."""
    node = base.value if isinstance(base, ast.Subscript) else base
    return node.attr if isinstance(node, ast.Attribute) else getattr(node, "id", "")


def path_name(path: str, python: str, used: set[str]) -> str:
    """An ``id`` that is not the path's last parameter is named after its collection."""
    segments = path.strip("/").split("/")
    index = segments.index("{" + python + "}")
    if python != "id" or index == 0 or not any(s.startswith("{") for s in segments[index + 1 :]):
        return python
    named = singular(_word(segments[index - 1])) + "_id"
    return python if named in used else named
