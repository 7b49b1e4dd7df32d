"""The committed cassettes replay with the network blocked (record mode none), and pin
how the SDK reads each server reality."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import pytest
import vcr.errors
from voipbin import Voipbin
from voipbin.testing import voipbin_vcr

from tests.cassette_kit.scenarios import SCENARIOS

CASSETTES = Path(__file__).resolve().parents[2] / "cassettes"
UTC = datetime.UTC


def replay(name: str) -> tuple[Any, list[float], int]:
    sleeps: list[float] = []
    cassette_manager = voipbin_vcr(CASSETTES, record=False).use_cassette(name)
    with cassette_manager as cassette, Voipbin(token="replay", max_retries=2) as vb:
        vb._sleep_for = sleeps.append
        outcome = SCENARIOS[name].run(vb)
        played = cassette.play_count
    return outcome, sleeps, played


def test_errors_in_each_body_shape() -> None:
    outcome, _, played = replay("errors.yaml")
    assert outcome == [
        ("NotFoundError", 404, "ROUTE_NOT_FOUND", "The route was not found."),
        ("BadRequestError", 400, "invalid_parameter", "destination is required"),
        ("BadRequestError", 400, "invalid_parameter", "The 'destination' field is required"),
        ("InternalServerError", 500, None, "Internal Server Error"),
        ("ConflictError", 409, "ALREADY_EXISTS", "The route was not found."),
        ("InternalServerError", 502, None, "<html><body><h1>502 Bad Gateway</h1></body></html>"),
    ]
    assert played == 6


def test_429_with_retry_after_then_success() -> None:
    outcome, sleeps, played = replay("rate_limit.yaml")
    assert outcome == "00000000-0000-0000-0000-000000000007"
    assert sleeps == [1.0] and played == 2


def test_pagination_to_the_empty_last_page() -> None:
    outcome, _, played = replay("pagination.yaml")
    assert [i[-1] for i in outcome] == ["1", "2", "3"]
    assert played == 3


def test_null_absent_empty_and_sentinel_timestamps() -> None:
    outcome, _, _ = replay("timestamps.yaml")
    assert outcome == [(False, None)] * 4 + [(True, datetime.datetime(2026, 1, 15, 9, 30, 0, 123456, tzinfo=UTC))]


def test_unknown_enum_values() -> None:
    outcome, _, _ = replay("unknown_enums.yaml")
    assert outcome == ["carrier_pigeon", "block", "teleport"]


def test_a_request_not_in_the_cassette_fails() -> None:
    cassette = voipbin_vcr(CASSETTES, record=False).use_cassette("pagination.yaml")
    refused = pytest.raises(vcr.errors.CannotOverwriteExistingCassetteException)
    with cassette, Voipbin(token="replay") as vb, refused:
        vb.routes.get("never-recorded")


def test_prism_examples_replay_with_the_default_base_url() -> None:
    with voipbin_vcr(CASSETTES, record=False).use_cassette("prism_examples.yaml"), Voipbin(token="replay") as vb:
        route = vb.routes.get("550e8400-e29b-41d4-a716-446655440000")
        plan = vb.outplans.get("550e8400-e29b-41d4-a716-446655440000")
    assert (route.priority, route.target) == (1, "1")
    assert route.tm_create == datetime.datetime(2026, 1, 15, 9, 30, tzinfo=UTC)
    assert plan.id is not None
