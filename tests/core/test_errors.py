"""Every error class and every body shape the server (and its docs) produce."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import voipbin
from voipbin import Voipbin

from tests.loopback import Loopback

CANONICAL = {
    "error": {
        "status": "NOT_FOUND",
        "reason": "ROUTE_NOT_FOUND",
        "message": "The route was not found.",
        "request_id": "req_body_1",
    }
}


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
        (503, voipbin.ServiceUnavailableError),
        (418, voipbin.APIError),
    ],
)
def test_status_maps_to_class(
    server: Loopback, make_client: Callable[..., Voipbin], status: int, cls: type[voipbin.APIError]
) -> None:
    server.reply(status, CANONICAL, times=3)
    with pytest.raises(cls) as caught:
        make_client(max_retries=0).routes.get("r1")
    assert type(caught.value) is cls
    assert isinstance(caught.value, voipbin.APIError) and isinstance(caught.value, voipbin.VoipbinError)
    assert caught.value.status_code == status
    assert caught.value.reason == "ROUTE_NOT_FOUND"


def test_canonical_envelope(server: Loopback, make_client: Callable[..., Voipbin]) -> None:
    body = {"error": {**CANONICAL["error"], "status": "PERMISSION_DENIED", "reason": "ACCOUNT_FROZEN",
                      "details": [{"deletion_scheduled_at": "2026-01-01T00:00:00Z"}]}}  # fmt: skip
    server.reply(403, body, headers={"X-Request-Id": "req_header"})
    with pytest.raises(voipbin.PermissionDeniedError) as caught:
        make_client().routes.get("r1")
    error = caught.value
    assert (error.status, error.reason, error.message) == (
        "PERMISSION_DENIED",
        "ACCOUNT_FROZEN",
        "The route was not found.",
    )
    assert error.details == [{"deletion_scheduled_at": "2026-01-01T00:00:00Z"}]
    assert error.request_id == "req_body_1"  # the body's wins over the header
    assert error.response.status_code == 403
    assert str(error) == "403 ACCOUNT_FROZEN: The route was not found. (request_id=req_body_1)"
    assert "\n" not in str(error)


def test_old_string_shape(server: Loopback, make_client: Callable[..., Voipbin]) -> None:
    server.reply(400, {"error": "invalid_parameter", "message": "destination is required"},
                 headers={"X-Request-Id": "req_h"})  # fmt: skip
    with pytest.raises(voipbin.BadRequestError) as caught:
        make_client().routes.get("r1")
    assert (caught.value.reason, caught.value.message) == ("invalid_parameter", "destination is required")
    assert caught.value.request_id == "req_h"


def test_old_code_field_shape(server: Loopback, make_client: Callable[..., Voipbin]) -> None:
    body = {"error": {"code": "invalid_parameter", "message": "The 'destination' field is required",
                      "field": "destination"}}  # fmt: skip
    server.reply(400, body)
    with pytest.raises(voipbin.BadRequestError) as caught:
        make_client().routes.get("r1")
    assert caught.value.reason == "invalid_parameter"
    assert caught.value.details == [{"field": "destination"}]


def test_empty_body_uses_header_request_id(server: Loopback, make_client: Callable[..., Voipbin]) -> None:
    server.reply(500, headers={"X-Request-Id": "req_panic"})
    with pytest.raises(voipbin.InternalServerError) as caught:
        make_client(max_retries=0).routes.create(customer_id="c", provider_id="p", priority=1, target="+82")
    assert caught.value.request_id == "req_panic"
    assert caught.value.reason is None
    assert str(caught.value).startswith("500")


def test_json_served_as_text_plain(server: Loopback, make_client: Callable[..., Voipbin]) -> None:
    import json

    server.reply(400, body=json.dumps(CANONICAL).encode(), headers={"Content-Type": "text/plain"})
    with pytest.raises(voipbin.BadRequestError) as caught:
        make_client().routes.get("r1")
    assert caught.value.reason == "ROUTE_NOT_FOUND"


def test_html_is_quoted_truncated(server: Loopback, make_client: Callable[..., Voipbin]) -> None:
    page = "<html><body>" + "Bad gateway " * 200 + "</body></html>"
    server.reply(502, body=page.encode(), headers={"Content-Type": "text/html"})
    with pytest.raises(voipbin.InternalServerError) as caught:
        make_client(max_retries=0).routes.create(customer_id="c", provider_id="p", priority=1, target="+82")
    message = str(caught.value)
    assert "<html><body>Bad gateway" in message
    assert len(message) < 700
    assert len(page) > 2000


def test_request_id_falls_back_to_the_one_the_sdk_sent(server: Loopback, make_client: Callable[..., Voipbin]) -> None:
    server.reply(404)
    with pytest.raises(voipbin.NotFoundError) as caught:
        make_client().routes.get("r1")
    assert caught.value.request_id == server.requests[0].headers["x-request-id"]


def test_2xx_that_does_not_fit_is_a_response_parse_error(server: Loopback, make_client: Callable[..., Voipbin]) -> None:
    server.reply(200, body=b'"just a string"', headers={"Content-Type": "application/json"})
    with pytest.raises(voipbin.ResponseParseError) as caught:
        make_client().routes.get("r1")
    assert caught.value.response.content == b'"just a string"'
    assert caught.value.__cause__ is not None


def test_2xx_with_broken_json_is_a_response_parse_error(server: Loopback, make_client: Callable[..., Voipbin]) -> None:
    server.reply(200, body=b'{"id": "abc", "tm_', headers={"Content-Type": "application/json"})
    with pytest.raises(voipbin.ResponseParseError):
        make_client().routes.get("r1")


def test_undeclared_2xx_is_read_as_the_declared_success(server: Loopback, make_client: Callable[..., Voipbin]) -> None:
    server.reply(201, {"id": "b972b61c-59d2-4217-8fbb-a32304be5c3b", "target": "+82"})
    route = make_client().routes.create(customer_id="c", provider_id="p", priority=1, target="+82")
    assert str(route.id) == "b972b61c-59d2-4217-8fbb-a32304be5c3b"


def test_parse_error_body_never_raises() -> None:
    from voipbin._exceptions import parse_error_body

    for raw in [b"", b"null", b"[]", b"42", b'{"error": 5}', b"\xff\xfe", b'{"error": {"reason": 7}}', b"{"]:
        parse_error_body(raw)
    assert parse_error_body(b'{"error": {"reason": 7}}').reason is None
