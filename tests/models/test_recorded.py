"""Every answer the project holds, recorded or from the seeds, parses through the parser of
its own operation with its data preserved: to_dict gives back the JSON received, up to the
timestamps' layout (the server's ISO form, UTC)."""

from __future__ import annotations

import importlib
import json
import re
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from voipbin import parse_timestamp
from voipbin.types import Outplan, Route

from tests.resources import seeds
from tests.resources.test_mapping import facade_methods, module_of

ROOT = Path(__file__).resolve().parents[2]
TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}")


def normalised(value: Any, key: str = "") -> Any:
    """JSON with each timestamp read as an instant, and "" or the sentinel in a tm_* field as None."""
    if isinstance(value, dict):
        return {k: normalised(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [normalised(item) for item in value]
    if isinstance(value, str) and (TIMESTAMP.match(value) or (key.startswith("tm_") and value == "")):
        return parse_timestamp(value)
    return value


def as_json(parsed: Any) -> Any:
    """What a parser gave, back as JSON: a model, a page of models, a list of models."""
    if hasattr(parsed, "items") and hasattr(parsed, "next_page_token"):
        return [item.to_dict() for item in parsed.items]
    if isinstance(parsed, list):
        return [item.to_dict() for item in parsed]
    return parsed.to_dict()


def expected_json(body: Any) -> Any:
    """The part of an answer the parser keeps: a list's items (the page cursor is separate)."""
    return body["result"] if isinstance(body, dict) and "result" in body and "next_page_token" in body else body


def operation_parsers() -> list[tuple[str, re.Pattern[str], Any]]:
    """(method, path pattern, parser) of every facade operation, from its own request builder."""
    found = []
    for (method, url), names in facade_methods().items():
        module, operation = importlib.import_module(module_of(names[0])), names[0].rsplit(".", 1)[1]
        pattern = re.compile("^" + re.sub(r"P\d+", "[^/]+", re.escape(url)) + "$")
        found.append((method, pattern, getattr(module, f"_{operation}_parse")))
    # The most specific path first: /routes/{id} before a pattern that could also match it.
    return sorted(found, key=lambda entry: -len(entry[1].pattern))


def recorded_answers() -> list[tuple[str, str, str, Any]]:
    """(cassette, method, path, JSON) of every 2xx JSON answer in cassettes/."""
    answers = []
    for cassette in sorted((ROOT / "cassettes").glob("*.yaml")):
        for interaction in yaml.safe_load(cassette.read_text())["interactions"]:
            response, request = interaction["response"], interaction["request"]
            text = response["body"]["string"]
            if 200 <= response["status"]["code"] < 300 and text.strip().startswith(("{", "[")):
                path = httpx.URL(request["uri"]).path.removeprefix("/v1.0")
                answers.append((cassette.name, request["method"], path, json.loads(text)))
    return answers


RECORDED = recorded_answers()
PARSERS = operation_parsers()


def test_the_cassettes_hold_answers_to_check() -> None:
    assert len(RECORDED) >= 20 and {name for name, *_ in RECORDED} >= {"route_tutorial.yaml", "prism_examples.yaml"}


@pytest.mark.parametrize(
    ("cassette", "method", "path", "body"), RECORDED, ids=lambda v: v if isinstance(v, str) else ""
)
def test_every_recorded_answer_parses_with_its_data_preserved(cassette: str, method: str, path: str, body: Any) -> None:
    parse = next(p for m, pattern, p in PARSERS if m == method and pattern.match(path))
    parsed = parse(httpx.Response(200, content=json.dumps(body).encode()))
    assert normalised(as_json(parsed)) == normalised(expected_json(body))


SEED_ANSWERS = [
    (Route, seeds.ROUTE_DETAIL), (Route, seeds.ROUTE_CREATED), (Route, seeds.ROUTE_UPDATED),
    (Route, seeds.ROUTE_DELETED), (Outplan, seeds.OUTPLAN), (Outplan, seeds.OUTPLAN_CREATED),
    (Outplan, seeds.OUTPLAN_BASIC_UPDATED),
    *((Route, item) for item in seeds.ROUTE_LIST["result"]),
    *((Outplan, item) for item in seeds.OUTPLAN_LIST["result"]),
]  # fmt: skip


@pytest.mark.parametrize(("model", "body"), SEED_ANSWERS)
def test_every_seed_answer_parses_with_its_data_preserved(model: Any, body: dict[str, Any]) -> None:
    parsed = model.from_dict(body)
    assert normalised(parsed.to_dict()) == normalised(body)
    assert model.from_dict(parsed.to_dict()) == parsed
