"""Fuzzing with hypothesis: the helpers a user calls with their own data, the error-body
parser, and server answers mutated every way a drifting server could (fields dropped,
nulled, retyped, unknown enum values, extra fields), parsed through the facade.

Only the documented outcomes are allowed; anything else raised fails the test.
"""

from __future__ import annotations

import datetime
import json
import re
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import spec_snapshots
import voipbin
from hypothesis import given, settings
from hypothesis import strategies as st
from voipbin import Address, Voipbin, parse_timestamp
from voipbin._exceptions import ErrorBody, parse_error_body

from tests.loopback import Loopback, Reply
from tests.reliability.conftest import Recorder

ROOT = Path(__file__).resolve().parents[2]
SEEN: dict[str, Counter[str]] = {}  # outcomes seen per target, for the document

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=6,
)


@dataclass(frozen=True)
class Target:
    """A fuzzed function: its row in docs/reliability.md, built from what the test allows."""

    name: str
    inputs: str
    returns: str
    raises: tuple[type[Exception], ...] = ()

    def record(self, report: Recorder, outcome: str) -> None:
        seen = SEEN.setdefault(self.name, Counter())
        seen[outcome] += 1
        allowed = "; ".join([self.returns, *(cls.__name__ for cls in self.raises)])
        measured = {"Examples (last run)": sum(seen.values()), "Seen (last run)": ", ".join(sorted(seen))}
        report.add("fuzz", [self.name, self.inputs, allowed], measured)


def outcome_of(function: Callable[[], Any], allowed: tuple[type[Exception], ...]) -> tuple[Any, str]:
    """Run ``function``: its result, or the name of an allowed exception it raised."""
    try:
        return function(), "returned"
    except allowed as error:
        return None, type(error).__name__


# --- parse_timestamp ----------------------------------------------------------------------

TIMESTAMPS = Target(
    "parse_timestamp",
    "text, near-ISO text, datetimes, numbers, bytes, None",
    "the same instant in UTC, or None (None, the 9999 sentinel)",
    (ValueError, TypeError),
)
OFFSETS = st.builds(
    datetime.timezone, st.timedeltas(min_value=datetime.timedelta(hours=-23), max_value=datetime.timedelta(hours=23))
)
D = "[0-9]"  # ASCII digits: a regex's d class would also take other scripts' digits
NEAR_ISO_PATTERN = (
    rf"({D}{{4}})-({D}{{2}})-({D}{{2}})[T ]({D}{{2}}):({D}{{2}}):({D}{{2}})"
    rf"(?:\.({D}{{0,12}}))?(Z|[+-]{D}{{2}}:{D}{{2}})?"
)
NEAR_ISO = st.from_regex(rf"\A{NEAR_ISO_PATTERN}\Z", fullmatch=True)
TIMESTAMP_INPUTS = st.one_of(
    st.none(),
    st.text(max_size=40),
    NEAR_ISO,
    st.datetimes(timezones=st.none() | OFFSETS),
    st.integers(),
    st.floats(),
    st.binary(max_size=20),
)


def near_iso_instant(text: str) -> datetime.datetime | None:
    """What near-ISO text means, built from its digits (an independent reading): raises
    ValueError for a date or offset out of range."""
    match = re.fullmatch(NEAR_ISO_PATTERN, text)
    assert match is not None
    year, month, day, hour, minute, second, fraction, zone = match.groups()
    offset = datetime.timedelta(0)
    if zone not in (None, "Z"):
        if int(zone[4:6]) > 59:
            raise ValueError("offset minutes out of range")
        offset = (-1 if zone[0] == "-" else 1) * datetime.timedelta(hours=int(zone[1:3]), minutes=int(zone[4:6]))
    moment = datetime.datetime(
        int(year), int(month), int(day), int(hour), int(minute), int(second),
        int((fraction or "").ljust(6, "0")[:6]), tzinfo=datetime.timezone(offset),
    )  # fmt: skip
    return None if moment.year == 9999 else moment


@given(value=TIMESTAMP_INPUTS)
def test_parse_timestamp(value: Any, report: Recorder) -> None:
    parsed, outcome = outcome_of(lambda: parse_timestamp(value), TIMESTAMPS.raises)
    if value is None:
        assert parsed is None
    elif isinstance(value, datetime.datetime):
        aware = value if value.tzinfo else value.replace(tzinfo=datetime.UTC)
        assert (outcome, parsed) == ("returned", None if value.year == 9999 else aware)
    elif isinstance(value, str) and re.fullmatch(NEAR_ISO_PATTERN, value):
        try:
            expected = near_iso_instant(value)
        except ValueError:
            assert outcome == "ValueError"
        else:
            assert (outcome, parsed) == ("returned", expected)
    elif isinstance(value, str):
        assert outcome in ("returned", "ValueError")
    else:
        assert outcome == "TypeError"
    if parsed is not None:
        assert parsed.utcoffset() == datetime.timedelta(0)
    TIMESTAMPS.record(report, outcome)


# --- Address constructors -----------------------------------------------------------------

ADDRESSES = Target(
    "Address.tel/sip/extension/agent/email/line/conference",
    "text, +digits, UUIDs, None, ints",
    "an Address exactly when the target can be right (no control characters)",
    (ValueError,),
)
CONSTRUCTORS = ("tel", "sip", "extension", "agent", "email", "line", "conference")


def acceptable(kind: str, value: Any) -> bool:
    """The documented rules, written out: E.164 is "+", a digit 1-9, then 6 to 14 digits."""
    if kind == "tel":
        if not isinstance(value, str) or not value.startswith("+"):
            return False
        digits = value[1:]
        return 7 <= len(digits) <= 15 and all(d in "0123456789" for d in digits) and digits[0] != "0"
    if kind in ("agent", "conference") and isinstance(value, uuid.UUID):
        return True
    if not isinstance(value, str) or not value or any(c < " " or "\x7f" <= c <= "\x9f" for c in value):
        return False  # a control character (CR, LF, NUL...) would inject into a SIP or mail header
    return "@" in value if kind == "email" else True


@given(
    kind=st.sampled_from(CONSTRUCTORS),
    value=st.one_of(st.text(max_size=20), st.from_regex(r"\A\+[0-9]{1,16}\n?\Z"), st.uuids(), st.none(), st.integers()),
)
def test_address_constructors(kind: str, value: Any, report: Recorder) -> None:
    address, outcome = outcome_of(lambda: getattr(Address, kind)(value), ADDRESSES.raises)
    assert (outcome == "returned") == acceptable(kind, value), f"Address.{kind}({value!r}): {outcome}"
    if address is not None:
        assert (address.type, address.target) == (kind, str(value))
        assert Address.from_dict(address.to_dict()) == address
    ADDRESSES.record(report, outcome)


# --- the error-body parser ----------------------------------------------------------------

ERROR_BODY = Target(
    "parse_error_body", "arbitrary bytes, JSON, error envelopes (all three shapes) with any values", "an ErrorBody"
)
ERROR_FIELDS = st.sampled_from(["status", "reason", "message", "code", "field", "details"])
ENVELOPES = st.one_of(
    st.fixed_dictionaries({"error": JSON_VALUES}, optional={"message": JSON_VALUES, "request_id": JSON_VALUES}),
    st.fixed_dictionaries({"error": st.dictionaries(ERROR_FIELDS, JSON_VALUES)}),
    JSON_VALUES,
)
ERROR_BODIES = st.one_of(st.binary(max_size=200), ENVELOPES.map(lambda value: json.dumps(value).encode()))
WORDS = st.text(min_size=1, max_size=30)


@given(content=ERROR_BODIES)
def test_parse_error_body_never_raises(content: bytes, report: Recorder) -> None:
    body = parse_error_body(content)  # documented never to raise
    assert isinstance(body, ErrorBody)
    assert all(isinstance(getattr(body, name), str | None) for name in ("status", "reason", "message", "request_id"))
    assert body.details is None or isinstance(body.details, list)
    ERROR_BODY.record(report, "returned")


@settings(max_examples=settings.default.max_examples // 3)  # three shapes, words: fewer suffice
@given(shape=st.sampled_from(["canonical", "string", "code"]), reason=WORDS, message=WORDS, request_id=WORDS)
def test_parse_error_body_reads_each_shape(shape: str, reason: str, message: str, request_id: str) -> None:
    """Well-formed envelopes of the three shapes the docs show give back what they hold."""
    envelopes = {
        "canonical": {"error": {"status": "X", "reason": reason, "message": message, "request_id": request_id}},
        "string": {"error": reason, "message": message, "request_id": request_id},
        "code": {"error": {"code": reason, "message": message, "field": request_id}},
    }
    body = parse_error_body(json.dumps(envelopes[shape]).encode())
    assert (body.reason, body.message) == (reason, message)
    if shape == "code":
        assert body.details == [{"field": request_id}]
    else:
        assert body.request_id == request_id


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


Path_ = tuple[Any, ...]


def example(spec: dict[str, Any], schema: dict[str, Any], enums: dict[Path_, Any], at: Path_ = ()) -> Any:
    """A full answer built from the spec: every property, its example when it has one.
    ``enums`` gets the path of each enum value, with an unknown value of the same JSON type."""
    if "$ref" in schema:
        schema = spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            value = example(spec, part, enums, at)
            merged.update(value if isinstance(value, dict) else {})
        return merged
    if "enum" in schema:
        first = schema["enum"][0]
        enums[at] = 987654 if isinstance(first, int) else "A_VALUE_NEWER_THAN_THE_SDK"
        return first
    if "example" in schema and not isinstance(schema["example"], dict | list):
        return schema["example"]
    kind = schema.get("type")
    if kind == "object" or "properties" in schema:
        properties = schema.get("properties", {}) if len(at) <= 8 else {}
        return {name: example(spec, prop, enums, (*at, name)) for name, prop in properties.items()}
    if kind == "array":
        return [example(spec, schema.get("items", {}), enums, (*at, 0))] if len(at) <= 8 else []
    formats = {"date-time": "2026-01-15T09:30:00.000000Z", "uuid": "550e8400-e29b-41d4-a716-446655440000"}
    defaults = {"integer": 1, "number": 1.5, "boolean": True, "string": formats.get(schema.get("format", ""), "text")}
    return defaults.get(str(kind))


@dataclass
class Answer:
    document: Any
    enums: dict[Path_, Any]


@pytest.fixture(scope="module")
def answers() -> dict[str, Answer]:
    spec = json.loads(spec_snapshots.require().read_text())
    built = {}
    for name, (path, _) in OPERATIONS.items():
        schema = spec["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
        enums: dict[Path_, Any] = {}
        built[name] = Answer(example(spec, schema, enums), enums)
    with_enums = [name for name, answer in built.items() if answer.enums]
    assert len(with_enums) >= 4, f"few enums to mutate ({with_enums}): the unknown-enum case proves little"
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


def mutate(document: Any, path: Path_, action: str, value: Any) -> Any:
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
    elif action in ("null", "retype", "unknown enum"):
        parent[last] = None if action == "null" else value
    elif action == "extra field" and isinstance(parent[last], dict):
        parent[last]["field_newer_than_the_sdk"] = value
    return document


MUTATED = Target(
    "answers of 7 operations, mutated",
    "dropped, nulled, retyped, unknown enum values, extra fields",
    "the model (always, when only enum values and extra fields changed)",
    (voipbin.ResponseParseError,),
)
HARMLESS = {"unknown enum", "extra field"}  # what a newer server sends: never an error
ACTIONS = st.sampled_from(["drop", "null", "retype", "unknown enum", "extra field"])
MUTATIONS = st.lists(st.tuples(st.integers(min_value=0), ACTIONS, JSON_VALUES), min_size=1, max_size=4)


def to_dicts(result: Any) -> Any:
    """What user code does with a result: serialise it back."""
    return [item.to_dict() for item in result] if isinstance(result, list) else result.to_dict()


def test_every_unmutated_example_parses(answers: dict[str, Answer], served: tuple[Loopback, Voipbin]) -> None:
    """Without this the mutation test could pass on answers that never parse at all."""
    server, vb = served
    for name, (_, run) in OPERATIONS.items():
        server.body = json.dumps(answers[name].document).encode()  # type: ignore[attr-defined]
        result = run(vb)
        assert result and to_dicts(result), name


@given(name=st.sampled_from(list(OPERATIONS)), mutations=MUTATIONS)
def test_mutated_answers(
    name: str, mutations: list[tuple[int, str, Any]], answers: dict[str, Answer], served: tuple[Loopback, Voipbin],
    report: Recorder,
) -> None:  # fmt: skip
    server, vb = served
    answer = answers[name]
    document = json.loads(json.dumps(answer.document))
    enum_paths = list(answer.enums)
    for index, action, value in mutations:
        if action == "unknown enum" and enum_paths:
            path = enum_paths[index % len(enum_paths)]
            document = mutate(document, path, action, answer.enums[path])
        elif action != "unknown enum":
            every_path = list(paths(document))
            document = mutate(document, every_path[index % len(every_path)], action, value)
    server.body = json.dumps(document).encode()  # type: ignore[attr-defined]
    result, outcome = outcome_of(lambda: OPERATIONS[name][1](vb), MUTATED.raises)
    if {action for _, action, _ in mutations} <= HARMLESS:
        assert outcome == "returned", f"a newer server's answer did not parse: {mutations}"
    if result is not None:
        assert isinstance(to_dicts(result), list | dict)
    MUTATED.record(report, outcome)
