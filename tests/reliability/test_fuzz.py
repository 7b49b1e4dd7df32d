"""Fuzzing with hypothesis: the helpers a user calls with their own data, the error-body
parser, and server answers mutated every way a drifting server could (fields dropped,
nulled, retyped, unknown enum values, extra fields), parsed through the facade.

Only the documented outcomes are allowed; anything else raised fails the test.
"""

from __future__ import annotations

import datetime
import json
import os
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import voipbin
from hypothesis import given, settings
from hypothesis import strategies as st
from voipbin import Address, Voipbin, parse_timestamp
from voipbin._exceptions import ErrorBody, parse_error_body

from tests.loopback import Loopback, Reply
from tests.reliability.conftest import Recorder

ROOT = Path(__file__).resolve().parents[2]
SPEC = Path(os.environ.get("VOIPBIN_SPEC_DIR", ROOT.parent / "shared" / "spec")) / "voipbin-openapi-2026-08-05.json"
EXAMPLES = 300
SEEN: dict[str, Counter[str]] = {}

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=6,
)


def record(report: Recorder, target: str, inputs: str, allowed: str, outcome: str) -> None:
    seen = SEEN.setdefault(target, Counter())
    seen[outcome] += 1
    measured = {"Examples (last run)": sum(seen.values()), "Seen (last run)": ", ".join(sorted(seen))}
    report.add("fuzz", [target, inputs, allowed], measured)


def outcome_of(function: Callable[[], Any], allowed: tuple[type[Exception], ...]) -> tuple[Any, str]:
    """Run ``function``: its result, or the name of an allowed exception it raised."""
    try:
        return function(), "returned"
    except allowed as error:
        return None, type(error).__name__


# --- parse_timestamp ----------------------------------------------------------------------

OFFSETS = st.builds(
    datetime.timezone, st.timedeltas(min_value=datetime.timedelta(hours=-23), max_value=datetime.timedelta(hours=23))
)
NEAR_ISO = st.from_regex(r"\A\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(\.\d{0,12})?(Z|[+-]\d{2}:\d{2})?\Z", fullmatch=True)
TIMESTAMP_INPUTS = st.one_of(
    st.none(),
    st.text(max_size=40),
    NEAR_ISO,
    st.datetimes(timezones=st.none() | OFFSETS),
    st.integers(),
    st.floats(),
    st.binary(max_size=20),
)


@settings(max_examples=EXAMPLES)
@given(value=TIMESTAMP_INPUTS)
def test_parse_timestamp(value: Any, report: Recorder) -> None:
    allowed: tuple[type[Exception], ...] = (ValueError,) if isinstance(value, str) else (TypeError,)
    parsed, outcome = outcome_of(lambda: parse_timestamp(value), allowed)
    if outcome == "returned":
        assert parsed is None or (parsed.tzinfo is not None and parsed.utcoffset() == datetime.timedelta(0))
    record(report, "parse_timestamp", "text, near-ISO text, datetimes, numbers, bytes, None",
           "UTC datetime or None; ValueError (text), TypeError (other types)", outcome)  # fmt: skip


# --- Address constructors -----------------------------------------------------------------

CONSTRUCTORS = ("tel", "sip", "extension", "agent", "email", "line", "conference")


@settings(max_examples=EXAMPLES)
@given(
    kind=st.sampled_from(CONSTRUCTORS),
    value=st.one_of(st.text(max_size=20), st.from_regex(r"\A\+\d{1,16}\Z"), st.uuids(), st.none(), st.integers()),
)
def test_address_constructors(kind: str, value: Any, report: Recorder) -> None:
    address, outcome = outcome_of(lambda: getattr(Address, kind)(value), (ValueError,))
    if outcome == "returned":
        assert (address.type, address.target) == (kind, str(value))
        assert Address.from_dict(address.to_dict()) == address
    record(report, "Address.tel/sip/extension/agent/email/line/conference", "text, +digits, UUIDs, None, ints",
           "an Address of that type; ValueError", outcome)  # fmt: skip


# --- the error-body parser ----------------------------------------------------------------

ERROR_FIELDS = st.sampled_from(["status", "reason", "message", "code", "field", "details"])
ENVELOPES = st.one_of(
    st.fixed_dictionaries({"error": JSON_VALUES}, optional={"message": JSON_VALUES, "request_id": JSON_VALUES}),
    st.fixed_dictionaries({"error": st.dictionaries(ERROR_FIELDS, JSON_VALUES)}),
    JSON_VALUES,
)
ERROR_BODIES = st.one_of(st.binary(max_size=200), ENVELOPES.map(lambda value: json.dumps(value).encode()))


@settings(max_examples=EXAMPLES)
@given(content=ERROR_BODIES)
def test_parse_error_body(content: bytes, report: Recorder) -> None:
    body = parse_error_body(content)  # documented never to raise
    assert isinstance(body, ErrorBody)
    assert all(isinstance(getattr(body, name), str | None) for name in ("status", "reason", "message", "request_id"))
    assert body.details is None or isinstance(body.details, list)
    record(report, "parse_error_body", "arbitrary bytes, JSON, error envelopes with any values", "an ErrorBody",
           "returned")  # fmt: skip


# --- mutated server answers -----------------------------------------------------------------

OPERATIONS: dict[str, tuple[str, Callable[[Voipbin], Any]]] = {
    "GET /routes/{id}": ("/routes/{id}", lambda vb: vb.routes.get("r1")),
    "GET /outplans/{id}": ("/outplans/{id}", lambda vb: vb.outplans.get("o1")),
    "GET /calls/{id}": ("/calls/{id}", lambda vb: vb.calls.get("c1")),
    "GET /campaigns/{id}": ("/campaigns/{id}", lambda vb: vb.campaigns.get("c1")),
    "GET /agents/{id}": ("/agents/{id}", lambda vb: vb.agents.get("a1")),
    "GET /flows/{id}": ("/flows/{id}", lambda vb: vb.flows.get("f1")),
    "GET /calls (every page)": ("/calls", lambda vb: list(vb.calls.list())),
}


def example(spec: dict[str, Any], schema: dict[str, Any], depth: int = 0) -> Any:
    """A full answer built from the spec: every property, its example when it has one."""
    if "$ref" in schema:
        schema = spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            value = example(spec, part, depth)
            merged.update(value if isinstance(value, dict) else {})
        return merged
    if "example" in schema and not isinstance(schema["example"], dict | list):
        return schema["example"]
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type")
    if kind == "object" or "properties" in schema:
        if depth > 5:
            return {}
        return {name: example(spec, prop, depth + 1) for name, prop in schema.get("properties", {}).items()}
    if kind == "array":
        return [example(spec, schema.get("items", {}), depth + 1)] if depth <= 5 else []
    formats = {"date-time": "2026-01-15T09:30:00.000000Z", "uuid": "550e8400-e29b-41d4-a716-446655440000"}
    defaults = {"integer": 1, "number": 1.5, "boolean": True, "string": formats.get(schema.get("format", ""), "text")}
    return defaults.get(str(kind))


@pytest.fixture(scope="module")
def answers() -> dict[str, Any]:
    assert SPEC.is_file(), f"spec snapshot missing: set VOIPBIN_SPEC_DIR (looked in {SPEC.parent})"
    spec = json.loads(SPEC.read_text())
    built = {}
    for name, (path, _) in OPERATIONS.items():
        schema = spec["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
        built[name] = example(spec, schema)
    return built


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[Loopback, Voipbin]]:
    """One server and one client for every example: the server answers ``server.body``."""
    server = Loopback()
    server.body = b"{}"  # type: ignore[attr-defined]
    server.handler = lambda received: Reply(200, server.body, {"Content-Type": "application/json"})  # type: ignore[attr-defined]
    with Voipbin(token="t0ken", base_url=server.base_url, max_retries=0) as vb:
        yield server, vb
    server.close()


def paths(value: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Every path into a JSON value (keys and indexes), the root included."""
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from paths(item, (*prefix, index))


def mutate(document: Any, path: tuple[Any, ...], action: str, value: Any) -> Any:
    """Apply one mutation at ``path``; a path an earlier mutation removed is left alone."""
    if not path:
        return value if action == "retype" else document
    parent = document
    for step in path[:-1]:
        try:
            parent = parent[step]
        except (KeyError, IndexError, TypeError):
            return document
    last = path[-1]
    if not isinstance(parent, dict | list) or (isinstance(parent, dict) and last not in parent):
        return document
    if isinstance(parent, list) and not (isinstance(last, int) and last < len(parent)):
        return document
    if action == "drop":
        del parent[last]
    elif action == "null":
        parent[last] = None
    elif action == "retype":
        parent[last] = value
    elif action == "unknown enum":
        parent[last] = "A_VALUE_NEWER_THAN_THE_SDK"
    elif action == "extra field" and isinstance(parent[last], dict):
        parent[last]["field_newer_than_the_sdk"] = value
    return document


ACTIONS = st.sampled_from(["drop", "null", "retype", "unknown enum", "extra field"])
MUTATIONS = st.lists(st.tuples(st.integers(min_value=0), ACTIONS, JSON_VALUES), min_size=1, max_size=4)


def test_every_unmutated_example_parses(answers: dict[str, Any], served: tuple[Loopback, Voipbin]) -> None:
    """Without this the mutation test could pass on answers that never parse at all."""
    server, vb = served
    for name, (_, run) in OPERATIONS.items():
        server.body = json.dumps(answers[name]).encode()  # type: ignore[attr-defined]
        result = run(vb)
        assert result, name
        assert [item.to_dict() for item in result] if isinstance(result, list) else result.to_dict()


@settings(max_examples=EXAMPLES)
@given(name=st.sampled_from(list(OPERATIONS)), mutations=MUTATIONS)
def test_mutated_answers(
    name: str, mutations: list[tuple[int, str, Any]], answers: dict[str, Any], served: tuple[Loopback, Voipbin],
    report: Recorder,
) -> None:  # fmt: skip
    server, vb = served
    document = json.loads(json.dumps(answers[name]))
    for index, action, value in mutations:
        every_path = list(paths(document))
        document = mutate(document, every_path[index % len(every_path)], action, value)
    server.body = json.dumps(document).encode()  # type: ignore[attr-defined]
    result, outcome = outcome_of(lambda: OPERATIONS[name][1](vb), (voipbin.ResponseParseError,))
    if outcome == "returned":  # what parsed must also serialise back: user code calls to_dict()
        assert isinstance([item.to_dict() for item in result] if isinstance(result, list) else result.to_dict(),
                          list | dict)  # fmt: skip
    record(report, "answers of 7 operations, mutated", "dropped, nulled, retyped, unknown enum, extra fields",
           "the model; ResponseParseError", outcome)  # fmt: skip
