"""max_response_bytes= on every generated method, paginators included, and the cap on an
error page. (deadline=: tests/reliability/test_deadlines.py.)"""

from __future__ import annotations

import pytest
import voipbin
from voipbin import Voipbin

from tests.loopback import Loopback, Reply


def test_max_response_bytes_per_call_on_a_method_and_a_paginator(server: Loopback) -> None:
    big = b'{"result": [], "next_page_token": "", "pad": "' + b"x" * 4096 + b'"}'
    server.handler = lambda received: Reply(200, big, {"Content-Type": "application/json"})
    with Voipbin(token="per-call-token", base_url=server.base_url, max_retries=0) as vb:
        assert list(vb.routes.list()) == []  # the client's cap (32 MiB) lets it through
        with pytest.raises(voipbin.ResponseParseError):
            vb.routes.get("r1", max_response_bytes=1024)
        with pytest.raises(voipbin.ResponseParseError):
            list(vb.routes.list(max_response_bytes=1024))


def test_an_error_page_is_read_only_up_to_the_error_cap(server: Loopback) -> None:
    """A 5 MB HTML error page need not be read whole to quote its head (MAX_ERROR_BODY_BYTES)."""
    from voipbin._constants import MAX_ERROR_BODY_BYTES

    page = b"<html>" + b"x" * (5 * 1024 * 1024) + b"</html>"
    server.handler = lambda received: Reply(500, page, {"Content-Type": "text/html"})
    vb = Voipbin(token="per-call-token", base_url=server.base_url, max_retries=0)
    with vb, pytest.raises(voipbin.InternalServerError) as error:
        vb.routes.get("r1")
    assert error.value.response is not None and len(error.value.response.content) == MAX_ERROR_BODY_BYTES
    assert error.value.message.startswith("<html>xxx") and len(str(error.value)) < 700
