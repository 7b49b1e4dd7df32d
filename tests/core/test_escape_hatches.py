"""Escape hatches, as openai-python has them: headers and query of your own, extra body
fields, raw responses, and plain requests for what the spec lacks. The SDK's credential
always wins."""

from __future__ import annotations

import httpx
import pytest
import voipbin
from voipbin import Page
from voipbin.types import Route

from tests.core.conftest import CANARY_TOKEN, ROUTE, Api
from tests.loopback import Loopback

BEARER = f"Bearer {CANARY_TOKEN}"


def test_default_headers_and_the_callers_http_client_headers_and_params_are_sent(api: Api, server: Loopback) -> None:
    http = api.http_client(
        headers={"X-Proxy-Tenant": "t1", "Authorization": "Bearer not-the-sdks"}, params={"app": "crm"}
    )
    client = api.client(http_client=http, default_headers={"X-App": "crm", "Cookie": "token=stolen"})
    server.reply(200, ROUTE)
    api.run(client.routes.get("r1"))
    got = server.requests[0]
    assert (got.headers["x-proxy-tenant"], got.headers["x-app"], got.query["app"]) == ("t1", "crm", ["crm"])
    assert got.headers["authorization"] == BEARER and "cookie" not in got.headers
    assert got.headers["user-agent"].startswith("voipbin-python/")  # httpx's own default is not taken
    api.run(http.aclose() if api.mode == "async" else http.close())


def test_extra_headers_query_and_body_on_every_method(api: Api, server: Loopback) -> None:
    client = api.client()
    server.reply(200, ROUTE)
    server.reply(200)
    api.run(client.routes.get("r1", extra_headers={"X-Trace": "a", "authorization": "x"}, extra_query={"debug": 1}))
    api.run(client.calls.hold("c1", extra_body={"reason": "transfer"}, extra_query={"q": "v"}))
    first, second = server.requests
    assert (first.headers["x-trace"], first.headers["authorization"], first.query) == ("a", BEARER, {"debug": ["1"]})
    assert (second.json(), second.query) == ({"reason": "transfer"}, {"q": ["v"]})


def test_with_raw_response_gives_status_headers_request_id_and_the_parsed_value(api: Api, server: Loopback) -> None:
    client = api.client()
    server.reply(200, ROUTE, headers={"X-Request-Id": "srv-1", "X-Extra": "e"})
    raw = api.run(client.with_raw_response.routes.get("r1"))
    assert (raw.status_code, raw.headers["x-extra"], raw.request_id) == (200, "e", "srv-1")
    assert isinstance(raw.parsed, Route) and raw.parsed.id == ROUTE["id"]
    server.reply(200, {"result": [ROUTE], "next_page_token": "next"})
    first = api.run(client.with_raw_response.routes.list(page_size=1))
    assert isinstance(first.parsed, Page) and first.parsed.next_page_token == "next" and len(server.requests) == 2


def test_plain_requests_for_what_the_spec_lacks(api: Api, server: Loopback) -> None:
    client = api.client()
    server.reply(200, {"anything": [1]})
    server.reply(200, ROUTE)
    server.reply(404, {"error": {"status": "NOT_FOUND", "reason": "ROUTE_NOT_FOUND", "message": "no"}})
    assert api.run(client.get("/something/new", cast_to=dict, params={"a": "b"})) == {"anything": [1]}
    route = api.run(client.post("/routes", cast_to=Route, body={"target": "+82"}))
    assert isinstance(route, Route) and server.requests[1].json() == {"target": "+82"}
    with pytest.raises(voipbin.NotFoundError) as error:
        api.run(client.delete("/routes/gone", cast_to=type(None)))
    assert error.value.reason == "ROUTE_NOT_FOUND"
    assert [(r.method, r.path) for r in server.requests] == [
        ("GET", "/v1.0/something/new"), ("POST", "/v1.0/routes"), ("DELETE", "/v1.0/routes/gone")
    ]  # fmt: skip
    assert server.requests[0].headers["authorization"] == BEARER
    with pytest.raises(ValueError, match="relative to base_url"):
        api.run(client.get("https://elsewhere.example/x", cast_to=dict))


def test_the_wrong_kind_of_http_client_is_refused(api: Api) -> None:
    wrong = httpx.Client() if api.mode == "async" else httpx.AsyncClient()
    with pytest.raises(TypeError):
        api.client(http_client=wrong)
