"""Server-reality scenarios pinned by cassettes: scripted loopback answers to record, and
the SDK calls whose outcome both the recorder and the replay tests run."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import voipbin
from voipbin import Voipbin

ROUTE_ID = "491b6858-5357-11ed-b753-8fd49cd36340"


def _route(n: int, **fields: Any) -> dict[str, Any]:
    return {"id": f"00000000-0000-0000-0000-{n:012d}", "target": "all", **fields}


@dataclass
class Scenario:
    answers: list[tuple[int, Any, dict[str, str]]]
    run: Callable[[Voipbin], Any]


def _errors(vb: Voipbin) -> list[tuple[str, int, str | None, str]]:
    seen = []
    for route_id in ("canonical", "old-string", "old-code", "empty", "text-plain", "html"):
        try:
            vb.routes.get(route_id, max_retries=0)
        except voipbin.APIError as error:
            seen.append((type(error).__name__, error.status_code, error.reason, error.message))
    return seen


def _rate_limit(vb: Voipbin) -> str:
    return str(vb.routes.get(ROUTE_ID).id)


def _pagination(vb: Voipbin) -> list[str]:
    return [str(route.id) for route in vb.routes.list(page_size=2)]


def _timestamps(vb: Voipbin) -> list[tuple[bool, Any]]:
    return [(voipbin.is_deleted(r), voipbin.parse_timestamp(r.tm_update)) for r in vb.routes.list()]


def _enums(vb: Voipbin) -> list[str]:
    plan = vb.outplans.get("d5fb7357-7ddb-4f2d-87b5-8ccbfd6c039e")
    flow = vb.flows.get("00000000-0000-0000-0000-0000000000f1")
    return [str(plan.source.type), *(str(action.type) for action in flow.actions)]  # type: ignore[union-attr]


CANONICAL = {
    "error": {
        "status": "NOT_FOUND",
        "reason": "ROUTE_NOT_FOUND",
        "message": "The route was not found.",
        "request_id": "req_1",
    }
}
JSON = {"Content-Type": "application/json"}

SCENARIOS: dict[str, Scenario] = {
    "errors.yaml": Scenario(
        answers=[
            (404, CANONICAL, JSON),
            (400, {"error": "invalid_parameter", "message": "destination is required"}, JSON),
            (
                400,
                {
                    "error": {
                        "code": "invalid_parameter",
                        "message": "The 'destination' field is required",
                        "field": "destination",
                    }
                },
                JSON,
            ),
            (500, None, {}),
            (
                409,
                CANONICAL | {"error": {**CANONICAL["error"], "reason": "ALREADY_EXISTS"}},
                {"Content-Type": "text/plain"},
            ),
            (502, "<html><body><h1>502 Bad Gateway</h1></body></html>", {"Content-Type": "text/html"}),
        ],
        run=_errors,
    ),
    "rate_limit.yaml": Scenario(
        answers=[
            (
                429,
                {
                    "error": {
                        "status": "RESOURCE_EXHAUSTED",
                        "reason": "RATE_LIMITED",
                        "message": "slow down",
                        "request_id": "r",
                        "details": [{"limited_by": "ip"}],
                    }
                },
                {"Retry-After": "1", **JSON},
            ),
            (200, _route(7), JSON),
        ],
        run=_rate_limit,
    ),
    "pagination.yaml": Scenario(
        answers=[
            (200, {"result": [_route(1), _route(2)], "next_page_token": "t1"}, JSON),
            (200, {"result": [_route(3)], "next_page_token": "t2"}, JSON),
            (200, {"result": [], "next_page_token": ""}, JSON),
        ],
        run=_pagination,
    ),
    "timestamps.yaml": Scenario(
        answers=[
            (
                200,
                {
                    "result": [
                        _route(1, tm_update=None, tm_delete=None),
                        _route(2),
                        _route(3, tm_update="9999-01-01 00:00:00.000000", tm_delete="9999-01-01 00:00:00.000000"),
                        _route(4, tm_update="", tm_delete=""),
                        _route(5, tm_update="2026-01-15T09:30:00.123456789Z", tm_delete="2026-01-16T00:00:00Z"),
                    ],
                    "next_page_token": "",
                },
                JSON,
            )
        ],
        run=_timestamps,
    ),
    "unknown_enums.yaml": Scenario(
        answers=[
            (
                200,
                {"id": "d5fb7357-7ddb-4f2d-87b5-8ccbfd6c039e", "source": {"type": "carrier_pigeon", "target": "x"}},
                JSON,
            ),
            (
                200,
                {
                    "id": "00000000-0000-0000-0000-0000000000f1",
                    "actions": [
                        {"id": "00000000-0000-0000-0000-0000000000a1", "type": "block"},
                        {"id": "00000000-0000-0000-0000-0000000000a2", "type": "teleport"},
                    ],
                },
                JSON,
            ),
        ],
        run=_enums,
    ),
}
