"""Every error class and every body shape the server (and its docs) produce."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
import voipbin
from voipbin._exceptions import parse_error_body

from tests.core.conftest import ROUTE, Api
from tests.loopback import Loopback

CANONICAL = {
    "error": {
        "status": "NOT_FOUND",
        "reason": "ROUTE_NOT_FOUND",
        "message": "The route was not found.",
        "request_id": "req_body_1",
    }
}


def _error(api: Api, **call: Any) -> voipbin.VoipbinError:
    call.setdefault("max_retries", 0)
    with pytest.raises(voipbin.VoipbinError) as caught:
        api.call(api.client(), **call)
    return caught.value


def test_the_hierarchy() -> None:
    assert issubclass(voipbin.APITimeoutError, voipbin.APIConnectionError)
    for cls in (voipbin.APIConnectionError, voipbin.APIError, voipbin.ResponseParseError):
        assert cls.__bases__ == (voipbin.VoipbinError,)
    for cls in (
        voipbin.BadRequestError, voipbin.AuthenticationError, voipbin.PaymentRequiredError,
        voipbin.PermissionDeniedError, voipbin.NotFoundError, voipbin.ConflictError, voipbin.RateLimitError,
        voipbin.InternalServerError, voipbin.ServiceUnavailableError,
    ):  # fmt: skip
        assert cls.__bases__ == (voipbin.APIError,)


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, voipbin.BadRequestError),
        (401, voipbin.AuthenticationError),
        (402, voipbin.PaymentRequiredError),
        (403, voipbin.PermissionDeniedError),
        (404, voipbin.NotFoundError),
        (409, voipbin.ConflictError),
        (429, voipbin.RateLimitError),
        (500, voipbin.InternalServerError),
        (501, voipbin.InternalServerError),
        (502, voipbin.InternalServerError),
        (503, voipbin.ServiceUnavailableError),
        (504, voipbin.InternalServerError),
        (418, voipbin.APIError),
        (422, voipbin.APIError),
    ],
)
def test_status_maps_to_class(api: Api, server: Loopback, status: int, cls: type[voipbin.APIError]) -> None:
    server.reply(status, CANONICAL)
    error = _error(api)
    assert type(error) is cls
    assert isinstance(error, voipbin.APIError)
    assert error.status_code == status
    assert error.reason == "ROUTE_NOT_FOUND"
    assert error.response.status_code == status


def test_canonical_envelope(api: Api, server: Loopback) -> None:
    details = [{"deletion_scheduled_at": "2026-01-01T00:00:00Z"}]
    body = {"error": {"status": "PERMISSION_DENIED", "reason": "ACCOUNT_FROZEN", "message": "The account is frozen.",
                      "request_id": "req_body_1", "details": details}}  # fmt: skip
    server.reply(403, body, headers={"X-Request-Id": "req_header"})
    error = _error(api)
    assert isinstance(error, voipbin.PermissionDeniedError)
    assert (error.status, error.reason, error.message) == (
        "PERMISSION_DENIED",
        "ACCOUNT_FROZEN",
        "The account is frozen.",
    )
    assert error.details == details
    assert error.request_id == "req_body_1"  # the body's wins over the header
    assert str(error) == "403 ACCOUNT_FROZEN: The account is frozen. (request_id=req_body_1)"


def test_old_string_shape(api: Api, server: Loopback) -> None:
    server.reply(400, {"error": "invalid_parameter", "message": "destination is required"},
                 headers={"X-Request-Id": "req_h"})  # fmt: skip
    error = _error(api)
    assert isinstance(error, voipbin.BadRequestError)
    assert (error.reason, error.message, error.request_id) == ("invalid_parameter", "destination is required", "req_h")
    assert error.status is None


def test_old_code_field_shape(api: Api, server: Loopback) -> None:
    body = {"error": {"code": "invalid_parameter", "message": "The 'destination' field is required",
                      "field": "destination"}}  # fmt: skip
    server.reply(400, body)
    error = _error(api)
    assert isinstance(error, voipbin.BadRequestError)
    assert (error.reason, error.message) == ("invalid_parameter", "The 'destination' field is required")
    assert error.details == [{"field": "destination"}]


def test_empty_body(api: Api, server: Loopback) -> None:
    server.reply(500, headers={"X-Request-Id": "req_panic"})  # a server panic
    error = _error(api, method="post", url="/calls")
    assert isinstance(error, voipbin.InternalServerError)
    assert (error.reason, error.status, error.details, error.request_id) == (None, None, None, "req_panic")
    assert str(error) == "500: Internal Server Error (request_id=req_panic)"


def test_json_served_as_text_plain(api: Api, server: Loopback) -> None:
    server.reply(400, body=json.dumps(CANONICAL).encode(), headers={"Content-Type": "text/plain; charset=utf-8"})
    error = _error(api)
    assert isinstance(error, voipbin.BadRequestError)
    assert (error.reason, error.request_id) == ("ROUTE_NOT_FOUND", "req_body_1")


def test_html_page_is_quoted_truncated_on_one_line(api: Api, server: Loopback) -> None:
    page = (
        "<html>\n<head><title>502 Bad Gateway</title></head>\n<body>\n" + "<p>upstream</p>\n" * 200 + "</body></html>"
    )
    server.reply(502, body=page.encode(), headers={"Content-Type": "text/html", "X-Request-Id": "req_edge"})
    error = _error(api, method="post", url="/calls")
    assert isinstance(error, voipbin.InternalServerError)
    assert error.message.startswith("<html> <head><title>502 Bad Gateway</title></head>")
    assert 450 <= len(error.message) <= 520 < len(page)
    assert "\n" not in str(error)
    assert str(error).endswith("(request_id=req_edge)")


def test_plain_text_and_unknown_json(api: Api, server: Loopback) -> None:
    server.reply(404, body=b"404 page not found\n", headers={"Content-Type": "text/plain"})
    assert _error(api).message == "404 page not found"
    server.reply(409, {"detail": "exists"})
    error = _error(api)
    assert isinstance(error, voipbin.ConflictError)
    assert error.reason is None
    assert error.message == '{"detail": "exists"}'


def test_message_with_newlines_stays_on_one_line(api: Api, server: Loopback) -> None:
    server.reply(400, {"error": {"reason": "INVALID_ARGUMENT", "message": "line one\nline two", "request_id": "r"}})
    error = _error(api)
    assert str(error) == "400 INVALID_ARGUMENT: line one line two (request_id=r)"


def test_request_id_from_header_else_the_one_sent(api: Api, server: Loopback) -> None:
    server.reply(404, {"error": {"reason": "X"}}, headers={"X-Request-Id": "req_header"})
    assert _error(api).request_id == "req_header"
    server.reply(404)
    error = _error(api)
    assert error.request_id == server.requests[-1].headers["x-request-id"]
    assert f"(request_id={error.request_id})" in str(error)


def test_a_2xx_that_does_not_fit_is_a_response_parse_error(api: Api, server: Loopback) -> None:
    server.reply(200, body=b'"just a string"', headers={"Content-Type": "application/json", "X-Request-Id": "req_p"})
    with pytest.raises(voipbin.ResponseParseError) as caught:
        api.run(api.client().routes.get("r1"))
    error = caught.value
    assert error.response.content == b'"just a string"'
    assert error.__cause__ is not None
    assert error.request_id == "req_p"
    assert "req_p" in str(error)


def test_a_2xx_with_broken_json_is_a_response_parse_error(api: Api, server: Loopback) -> None:
    server.reply(200, body=b'{"id": "abc", "tm_', headers={"Content-Type": "application/json"})
    with pytest.raises(voipbin.ResponseParseError) as caught:
        api.call(api.client())
    assert isinstance(caught.value.__cause__, ValueError)
    assert caught.value.response.status_code == 200


def test_a_voipbin_error_from_the_parser_passes_through(api: Api, server: Loopback) -> None:
    raised = voipbin.VoipbinError("the parser's own")

    def parse(response: httpx.Response) -> None:
        raise raised

    server.reply(200, ROUTE)
    with pytest.raises(voipbin.VoipbinError) as caught:
        api.call(api.client(), parse=parse)
    assert caught.value is raised


def test_connection_errors_carry_the_request_id(api: Api) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    sent: list[str] = []

    def slow(request: httpx.Request) -> httpx.Response:
        sent.append(request.headers["x-request-id"])
        raise httpx.ReadTimeout("slow", request=request)

    with pytest.raises(voipbin.APIConnectionError) as refused:
        api.call(api.client(transport=httpx.MockTransport(refuse)), max_retries=0)
    assert refused.value.request_id and refused.value.request_id in str(refused.value)
    with pytest.raises(voipbin.APITimeoutError) as timed_out:
        api.call(api.client(transport=httpx.MockTransport(slow)), max_retries=0)
    assert timed_out.value.request_id == sent[0]
    assert isinstance(timed_out.value.__cause__, httpx.ReadTimeout)


@pytest.mark.parametrize(
    "raw", [b"", b"null", b"[]", b"42", b'"x"', b'{"error": 5}', b"\xff\xfe", b'{"error": {"reason": 7}}', b"{", b"{}"]
)
def test_parse_error_body_never_raises(raw: bytes) -> None:
    body = parse_error_body(raw)
    assert body.reason is None and body.request_id is None
