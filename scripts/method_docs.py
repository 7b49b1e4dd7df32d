"""The docstring of every generated method, read from the normalised spec and scripts/examples.yaml.

Google style, the sections IDEs and help() render: the summary, the operation's description,
``METHOD /path``, ``Args:`` (each parameter with the spec's description), ``Returns:``,
``Raises:`` and, for the most used operations, ``Example:``. A parameter the spec leaves
undescribed takes the description of the field of the same name in the model the operation
answers (the server's struct, as the spec describes it), else of the schema it refers to.

Docstrings are in every method twice (sync and async) over 400 operations: each part is one
paragraph, and what every call shares (its options, its common errors) is one line pointing
to where it is documented once (voipbin.CallOptions, voipbin.VoipbinError).
"""

from __future__ import annotations

import ast
import re
import textwrap
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from operation import MethodDoc

if TYPE_CHECKING:
    from operation import Operation

JSON = dict[str, Any]
OPTIONS_MODULE = Path(__file__).resolve().parents[1] / "facade" / "voipbin" / "_options.py"
WIDTH = 108  # the docstring's text, indented 8 in a 120-column module
# The errors a status the spec lists raises, with what it means for the caller. The others
# (401, 429, 5xx, no connection, an answer that does not fit) any call may raise: COMMON.
STATUS_ERRORS = {
    "400": ("BadRequestError", "400, the parameters refused."),
    "402": ("PaymentRequiredError", "402, the balance too low."),
    "403": ("PermissionDeniedError", "403, not permitted."),
    "404": ("NotFoundError", "404, no such item."),
    "409": ("ConflictError", "409, a conflicting state."),
}
COMMON = "VoipbinError: As any call (401, 429, 5xx, no connection...)."
OPTIONS = "**options: See voipbin.CallOptions."
EXTRA_BODY = "extra_body: Fields the SDK lacks, sent as given."
PAGE_TOKEN = "page_token: The page to start from (a next_page_token)."
TO = "to: A path or binary file to write to, instead of answering the bytes."


def _paragraph(text: Any) -> str:
    """The first paragraph, on one line: a docstring part stays one paragraph."""
    first = str(text or "").strip().split("\n\n")[0]
    return " ".join(first.split())


class _Spec:
    """Reference resolution over the normalised spec's components."""

    def __init__(self, spec: JSON) -> None:
        self.components: JSON = spec.get("components", {})

    def resolve(self, node: Any) -> JSON:
        seen = 0
        while isinstance(node, dict) and "$ref" in node and seen < 50:
            _, _, kind, name = str(node["$ref"]).split("/", 3)
            node = self.components.get(kind, {}).get(name, {})
            seen += 1
        return node if isinstance(node, dict) else {}

    def properties(self, schema: Any) -> JSON:
        """Every property of an object schema, allOf members merged."""
        node = self.resolve(schema)
        found: JSON = {}
        for part in node.get("allOf", []):
            found.update(self.properties(part))
        found.update(node.get("properties") or {})
        return found

    def description(self, prop: Any) -> str:
        """A property's own description, else that of the schema it refers to (or its items')."""
        node = prop if isinstance(prop, dict) else {}
        text = node.get("description") or self.resolve(node).get("description")
        if not text and self.resolve(node).get("type") == "array":
            text = self.resolve(self.resolve(node).get("items")).get("description")
        return _paragraph(text)

    def answered(self, operation: JSON) -> tuple[str, JSON]:
        """The 2xx answer's description and the fields of the model it holds (a list's item)."""
        for code, answer in sorted(operation.get("responses", {}).items()):
            if not str(code).startswith("2"):
                continue
            answer = self.resolve(answer)
            schemas = [media.get("schema") for media in (answer.get("content") or {}).values()]
            fields = self.properties(schemas[0]) if schemas else {}
            result = self.resolve(fields.get("result"))
            if result.get("type") == "array":
                fields = self.properties(result.get("items"))
            return _paragraph(answer.get("description")), fields
        return "", {}


def collect(spec: JSON) -> dict[str, MethodDoc]:
    """``"POST /calls"`` -> its MethodDoc, for every operation of the normalised spec."""
    reader = _Spec(spec)
    docs: dict[str, MethodDoc] = {}
    for path, item in spec.get("paths", {}).items():
        for method, operation in item.items():
            if not isinstance(operation, dict) or "responses" not in operation:
                continue
            returns, fields = reader.answered(operation)
            params: dict[str, str] = {}
            for parameter in operation.get("parameters", []):
                parameter = reader.resolve(parameter)
                params[str(parameter.get("name"))] = reader.description(parameter) or _paragraph(
                    reader.resolve(parameter.get("schema")).get("description")
                )
            body = reader.resolve(operation.get("requestBody"))
            for media in (body.get("content") or {}).values():
                for name, prop in reader.properties(media.get("schema")).items():
                    params[name] = reader.description(prop)
                break
            for name, text in params.items():
                if not text and name in fields:
                    params[name] = reader.description(fields[name])
            description = _paragraph(operation.get("description"))
            summary = _paragraph(operation.get("summary"))
            docs[f"{method.upper()} {path}"] = MethodDoc(
                description="" if description.rstrip(".") == summary.rstrip(".") else description,
                params=params,
                returns=returns,
                statuses=tuple(code for code in STATUS_ERRORS if code in operation["responses"]),
            )
    return docs


def attach(operations: list[Operation], docs: Mapping[str, MethodDoc], examples: Mapping[str, str]) -> None:
    """Give each operation its MethodDoc and its example (keyed ``calls.create``). An example
    that names no method, or calls its method with a keyword it does not take, stops the build."""
    by_name = {".".join((*op.chain, op.name)): op for op in operations}
    unknown = sorted(set(examples) - set(by_name))
    if unknown:
        raise ValueError(f"scripts/examples.yaml: no such method: {', '.join(unknown)}")
    for op in operations:
        op.doc = docs.get(f"{op.method.upper()} {op.spec_path}", MethodDoc())
        name = ".".join((*op.chain, op.name))
        if name in examples:
            op.doc.example = _checked_example(op, name, examples[name])


def _checked_example(op: Operation, name: str, code: str) -> str:
    taken = {p.name for p in op.query + op.body} | {"extra_body"}
    for node in ast.walk(ast.parse(code)):
        if isinstance(node, ast.Call) and ast.unparse(node.func) == f"vb.{name}":
            wrong = sorted({k.arg for k in node.keywords if k.arg} - taken)
            if wrong:
                raise ValueError(f"scripts/examples.yaml: vb.{name} takes no {', '.join(wrong)}")
            return code.strip()
    raise ValueError(f"scripts/examples.yaml: the example of {name} does not call vb.{name}")


def _item(name: str, text: str) -> str:
    """One ``name: text`` entry of a section, wrapped with a hanging indent."""
    return textwrap.fill(f"{name}: {text}", WIDTH - 4, subsequent_indent="    ", break_on_hyphens=False)


def docstring(op: Operation, awaited: bool = False) -> str:
    """The docstring's text (without quotes) of ``op``'s method on the sync or async client."""
    doc: MethodDoc = getattr(op, "doc", None) or MethodDoc()
    parts = [textwrap.fill(_paragraph(op.summary) or op.name, WIDTH)]
    if doc.description:
        parts.append(textwrap.fill(doc.description, WIDTH, break_on_hyphens=False))
    lead = f"{op.method.upper()} {op.path}"
    parts.append(lead + (": iterates every item, across pages, lazily." if op.item else ""))
    args = [_item(python, doc.params.get(wire) or _fallback(wire)) for python, wire in op.path_params]
    if op.download:
        args.append(TO)
    params = op.query + op.body  # in the signature's order: required ones first
    for p in [p for p in params if p.required] + [p for p in params if not p.required]:
        if op.item and p.wire == "page_token":
            continue
        described = doc.params.get(p.wire) or _fallback(p.wire)
        args.append(_item(p.name, described + (" None sends no reference." if p.reference else "")))
    if op.item and op.has_token:
        args.append(PAGE_TOKEN)
    if op.extra_body:
        args.append(EXTRA_BODY)
    args.append(OPTIONS)
    parts.append("Args:\n" + textwrap.indent("\n".join(args), "    "))
    parts.append("Returns:\n" + textwrap.indent(_item(*_returns(op, doc, awaited)), "    "))
    raises = [f"{STATUS_ERRORS[code][0]}: {STATUS_ERRORS[code][1]}" for code in doc.statuses]
    parts.append("Raises:\n" + textwrap.indent("\n".join([*raises, COMMON]), "    "))
    if doc.example and not awaited:
        parts.append("Example:\n" + textwrap.indent(doc.example, "    "))
    text = "\n\n".join(parts).replace("\\", "\\\\").replace('"""', "'''")
    return text + "\n"


def call_options() -> list[str]:
    """The keys of voipbin.CallOptions, read from its source (the pipeline does not import the
    facade it writes into): every method takes them, and docs/api.md lists them."""
    for node in ast.parse(OPTIONS_MODULE.read_text()).body:
        if isinstance(node, ast.ClassDef) and node.name == "CallOptions":
            return [
                item.target.id
                for item in node.body
                if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name)
            ]
    raise ValueError(f"no class CallOptions in {OPTIONS_MODULE}")


def _fallback(wire: str) -> str:
    """For a parameter nothing describes: its name in words (the server's field of that name)."""
    return re.sub(r"_id$", " id", wire).replace("_", " ").capitalize() + "."


def _returns(op: Operation, doc: MethodDoc, awaited: bool) -> tuple[str, str]:
    if op.item:
        kind = "AsyncPaginator" if awaited else "SyncPaginator"
        return f"{kind}[{op.item}]", f"every {op.item}, fetched a page at a time as the loop needs it."
    if op.download:
        return "bytes | int", "the file's bytes; with to=, the number of bytes written."
    if op.returns == "None":
        return "None", doc.returns or "nothing: the server answers no body."
    return op.returns, doc.returns or f"the {op.returns}."
