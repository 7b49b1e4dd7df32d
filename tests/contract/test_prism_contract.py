"""Every operation, called through the facade with minimal valid arguments built from the
spec, against a Prism mock of the published spec: Prism must find no violation in any
request the SDK sends (no sl-violations header, no 4xx problem answer)."""

from __future__ import annotations

import copy
import functools
import inspect
import io
import itertools
import json
import os
import re
import shutil
from pathlib import Path
from typing import Any

import httpx
import pytest
import spec_snapshots
import voipbin
from voipbin import Voipbin
from voipbin_api.runtime import File

from tests.contract.prism import NODE_MISSING
from tests.resources.test_mapping import added_operations, facade_methods

ROOT = Path(__file__).resolve().parents[2]
UUID_EXAMPLE = "550e8400-e29b-41d4-a716-446655440000"
# One worker under xdist: one Prism (tests/conftest.py's prism_url, one install of it into
# .prism/) for these tests and the cassette recorder's.
pytestmark = pytest.mark.xdist_group("prism")
# Node absent: the module is skipped, one line in the summary; where VOIPBIN_REQUIRE_PRISM
# is set (.ci/run sets it: CI always runs the contract test) its tests fail instead.
if shutil.which("node") is None and not os.environ.get("VOIPBIN_REQUIRE_PRISM"):
    pytest.skip(NODE_MISSING, allow_module_level=True)


class Sampler:
    """Minimal valid values for a JSON schema of the spec: required fields only."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec

    def resolve(self, node: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in node:
            target: Any = self.spec
            for part in node["$ref"].lstrip("#/").split("/"):
                target = target[part]
            node = target
        return node

    def value(self, schema: dict[str, Any], depth: int = 0) -> Any:
        schema = self.resolve(schema)
        if "allOf" in schema:
            merged: dict[str, Any] = {"type": "object", "properties": {}, "required": []}
            for part in schema["allOf"]:
                part = self.resolve(part)
                merged["properties"].update(part.get("properties", {}))
                merged["required"] += part.get("required", [])
            schema = merged
        for key in ("oneOf", "anyOf"):
            if key in schema:
                return self.value(schema[key][0], depth)
        if "enum" in schema:
            return next((v for v in schema["enum"] if v != ""), schema["enum"][0])
        kind, fmt = schema.get("type"), schema.get("format")
        if fmt == "uuid":
            return UUID_EXAMPLE
        if fmt == "date-time":
            return "2026-01-15T09:30:00Z"
        if kind == "integer":
            return schema.get("example") if isinstance(schema.get("example"), int) else schema.get("minimum", 1)
        if kind == "number":
            return float(schema.get("minimum", 1))
        if kind == "boolean":
            return True
        if kind == "array":
            count = schema.get("minItems", 0)
            return [self.value(schema.get("items", {}), depth + 1) for _ in range(count)]
        if kind == "object" or "properties" in schema:
            props = schema.get("properties", {})
            return {name: self.value(props.get(name, {}), depth + 1) for name in schema.get("required", [])}
        if fmt == "binary":
            return File(payload=io.BytesIO(b"contract"), file_name="contract.txt", mime_type="text/plain")
        example = schema.get("example")
        return example if isinstance(example, str) and example else "contract"


def spec_operation(spec: dict[str, Any], method: str, url: str) -> tuple[str, dict[str, Any]]:
    for path, item in spec["paths"].items():
        if re.fullmatch(re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(path)), url) and method.lower() in item:
            return path, item[method.lower()]
    raise LookupError(f"{method} {url}")


def arguments(sampler: Sampler, method_obj: Any, op: dict[str, Any]) -> tuple[list[Any], dict[str, Any]]:
    """Positional path ids and keyword arguments for the facade method, from the spec."""
    signature = inspect.signature(method_obj)

    def name_of(wire: str) -> str:  # a field renamed to avoid a clash ends in "_"
        python = wire.replace("-", "_")
        return python + "_" if python + "_" in signature.parameters else python

    params = [sampler.resolve(p) for p in op.get("parameters", [])]
    path_values = {p["name"].replace("-", "_"): sampler.value(p.get("schema", {})) for p in params if p["in"] == "path"}
    positional = [path_values.get(name, UUID_EXAMPLE) for name, p in signature.parameters.items()
                  if p.kind is p.POSITIONAL_ONLY]  # fmt: skip
    keywords: dict[str, Any] = {}
    for param in params:
        if param["in"] == "query" and param.get("required"):
            keywords[name_of(param["name"])] = sampler.value(param.get("schema", {}))
    content = sampler.resolve(op.get("requestBody", {})).get("content", {})
    body_schema = next(iter(content.values()), {}).get("schema") if content else None
    if body_schema is not None:
        for field, value in sampler.value(body_schema).items():
            keywords[name_of(field)] = value
    return positional, keywords


def test_every_operation_sends_what_the_spec_allows(prism_url: str) -> None:
    spec = json.loads(spec_snapshots.require().read_text())
    sampler = Sampler(copy.deepcopy(spec))
    answers: list[httpx.Response] = []
    http = httpx.Client(event_hooks={"response": [lambda r: answers.append(r)]})
    vb = Voipbin(token="contract", base_url=prism_url, timeout=5.0, max_retries=0, http_client=http)
    problems: dict[str, str] = {}
    checked = 0
    not_in_spec = []
    for (verb, url), names in sorted(facade_methods().items()):
        method_obj = functools.reduce(getattr, names[0].split("."), vb)
        try:
            path, op = spec_operation(spec, verb, re.sub(r"P\d+", "x", url))
        except LookupError:
            not_in_spec.append((verb, url))  # added from the server's router: Prism cannot know it
            continue
        positional, keywords = arguments(sampler, method_obj, op)
        answers.clear()
        try:
            result = method_obj(*positional, **keywords)
            if isinstance(result, voipbin.SyncPaginator):
                list(itertools.islice(result.pages(), 1))
        except voipbin.VoipbinError:
            pass  # judged by what Prism said about the request, below
        checked += 1
        key = f"{verb} {path} ({names[0]})"
        if not answers:
            if not path.endswith("/ws"):  # Prism answers a websocket upgrade, httpx refuses it
                problems[key] = "no answer from Prism"
            continue
        answer = answers[-1]
        violations = answer.headers.get("sl-violations")
        if violations or answer.status_code in (400, 422):
            problems[key] = f"{answer.status_code} {violations or answer.text[:200]}"
    print(f"\nPrism contract: {checked} operations checked, {len(problems)} with request violations")
    assert checked == 410 and set(not_in_spec) == added_operations()
    assert problems == {}


def test_prism_does_flag_a_bad_request(prism_url: str) -> None:
    """The control: the check above can fail. A POST /routes without its required fields
    (sent through the facade with the spec's required list) is reported by Prism."""
    seen: list[httpx.Response] = []
    http = httpx.Client(event_hooks={"response": [lambda r: seen.append(r)]})
    vb = Voipbin(token="contract", base_url=prism_url, timeout=5.0, max_retries=0, http_client=http)
    with pytest.raises(voipbin.BadRequestError):
        vb.routes.create(customer_id="c", provider_id="p", priority=1, target="+82")  # no name, no detail
    assert "required property 'name'" in seen[-1].headers["sl-violations"]
