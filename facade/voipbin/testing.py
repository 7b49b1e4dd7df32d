"""Record and replay your application's VoIPBIN traffic with vcrpy, secrets scrubbed.

    # conftest.py
    from voipbin.testing import voipbin_vcr

    @pytest.fixture
    def vcr_cassette(request):
        with voipbin_vcr("tests/cassettes").use_cassette(request.node.name + ".yaml"):
            yield

Before anything is written: Authorization, Cookie and Set-Cookie headers are
dropped; ?accesskey= and ?token= are removed; "password", "token" and
"accesskey" values are replaced inside JSON bodies (the login request and its
answer included). Replay uses record mode "none" unless VOIPBIN_RECORD=1, so a
test fails if the code under test sends a request the cassette does not hold.
Needs vcrpy: ``pip install "voipbin[testing]"``.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import Any

from ._constants import REDACTED
from ._logging import add_filter_once, redact_query_in_logs

SECRET_HEADERS = ("authorization", "cookie", "set-cookie")
SECRET_QUERY = ("accesskey", "token")
SECRET_JSON_KEYS = frozenset({"password", "token", "accesskey"})

__all__ = ["REDACTED", "scrub_json", "vcr_config", "voipbin_vcr"]


def scrub_json(body: bytes | str | None) -> bytes | str | None:
    """The body with every secret-named JSON value replaced; non-JSON bodies as they are."""
    if not body:
        return body
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return body
    scrubbed = json.dumps(_scrub(data)).encode()
    return scrubbed if isinstance(body, bytes) else scrubbed.decode()


def _scrub(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: REDACTED if k.lower() in SECRET_JSON_KEYS else _scrub(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_scrub(item) for item in value]
    return value


def _scrub_request(request: Any) -> Any:
    request.body = scrub_json(request.body)
    return request


def _scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    headers = response.get("headers", {})
    for name in list(headers):
        if name.lower() in SECRET_HEADERS:
            del headers[name]
    body = response.get("body", {})
    if isinstance(body, dict) and "string" in body:
        body["string"] = scrub_json(body["string"])
    return response


class _HideRecordedAnswers(logging.Filter):
    """vcrpy logs each answer it records before it is scrubbed: its headers and body
    (a login's token). The answer (a dict among the arguments) is left out of the line."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple) and any(isinstance(arg, dict) for arg in record.args):
            record.args = tuple("<answer not logged>" if isinstance(arg, dict) else arg for arg in record.args)
        return True


def vcr_config(record: bool | None = None) -> dict[str, Any]:
    """vcrpy settings (also usable as pytest-recording's ``vcr_config`` fixture value)."""
    recording = os.environ.get("VOIPBIN_RECORD") == "1" if record is None else record
    return {
        "record_mode": "once" if recording else "none",
        "filter_headers": list(SECRET_HEADERS),
        "filter_query_parameters": list(SECRET_QUERY),
        "before_record_request": _scrub_request,
        "before_record_response": _scrub_response,
        "decode_compressed_response": True,
        "match_on": ["method", "scheme", "host", "port", "path", "query", "body"],
    }


def voipbin_vcr(cassette_dir: str | Path, *, record: bool | None = None) -> Any:
    """A vcr.VCR that writes scrubbed cassettes into ``cassette_dir``. vcrpy's own
    debug logs show request URLs: their ?accesskey= is redacted too."""
    import vcr

    add_filter_once("vcr.cassette", _HideRecordedAnswers)  # before the query filter formats the record
    vcr_loggers = [name for name in logging.root.manager.loggerDict if name.startswith("vcr.")]
    redact_query_in_logs(*vcr_loggers, "vcr.stubs.httpx_stubs")

    return vcr.VCR(cassette_library_dir=str(cassette_dir), **vcr_config(record))
