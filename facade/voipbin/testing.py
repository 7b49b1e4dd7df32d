"""Record and replay your application's VoIPBIN traffic with vcrpy, secrets scrubbed.

    # conftest.py
    from voipbin.testing import voipbin_vcr

    @pytest.fixture
    def vcr_cassette(request):
        with voipbin_vcr("tests/cassettes").use_cassette(request.node.name + ".yaml"):
            yield

Before anything is written: Authorization, Cookie and Set-Cookie headers are
dropped; ?accesskey= and ?token= are removed; every secret-bearing JSON field
the server names (password, token, accesskey, raw_token, engine_key,
webhook_secret, direct_hash, hash, secret, app_secret, credentials, api_key...:
SECRET_JSON_KEYS) is replaced at any depth in request and answer bodies (the
login request and its answer included). The credentials seen on the way (the Bearer token, the
accesskey, the login's password and the token it answered) are also replaced
wherever else they appear, whole, in any header or body text: as they are,
URL-encoded or JSON-escaped (a server may quote them in an error message, a
WWW-Authenticate or an X- header). Replay uses record mode "none" unless
VOIPBIN_RECORD=1, so a test fails if the code under test sends a request the
cassette does not hold. Needs vcrpy: ``pip install "voipbin[testing]"``.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from ._constants import REDACTED
from ._exceptions import secret_pattern
from ._logging import add_filter_once, redact_in_logs

if TYPE_CHECKING:
    from ._emulator import Emulator

SECRET_HEADERS = ("authorization", "cookie", "set-cookie")
SECRET_QUERY = ("accesskey", "token")  # also the cookies that carry a credential
# JSON fields that carry a secret, wherever they stand in a request or an answer body, as the
# server's structs name them (docs/server-behaviour.md#secret-bearing-fields): the whole value
# is replaced, an object too (``credentials`` holds a provider's ``api_key``).
SECRET_JSON_KEYS = frozenset({
    "password", "token", "accesskey", "raw_token", "engine_key", "llm_key", "credential_base64", "webhook_secret",
    "direct_hash", "hash", "secret", "app_secret", "credentials", "api_key",
})  # fmt: skip

__all__ = ["REDACTED", "Emulator", "scrub_json", "vcr_config", "voipbin_vcr"]


def __getattr__(name: str) -> Any:
    """``Emulator`` (an offline VoIPBIN server, voipbin/_emulator/) is loaded on first use."""
    if name == "Emulator":
        from ._emulator import Emulator

        return Emulator
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def scrub_json(body: bytes | str | None) -> bytes | str | None:
    """The body with every secret-named JSON value replaced; non-JSON bodies as they are."""
    if not body:
        return body
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return body
    scrubbed = json.dumps(_scrub(data)).encode()
    return scrubbed if isinstance(body, bytes) else scrubbed.decode()


def _scrub(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: REDACTED if k.lower() in SECRET_JSON_KEYS else _scrub(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_scrub(item) for item in value]
    return value


def _secret_values(value: Any) -> set[str]:
    """The values under secret-named keys of a JSON body (a login's password or token)."""
    if isinstance(value, dict):
        found = {v for k, v in value.items() if k.lower() in SECRET_JSON_KEYS and isinstance(v, str)}
        return found.union(*(_secret_values(v) for v in value.values()))
    if isinstance(value, list):
        return set().union(*(_secret_values(item) for item in value))
    return set()


def _json_secrets(body: bytes | str | None) -> set[str]:
    try:
        return _secret_values(json.loads(body)) if body else set()
    except (ValueError, UnicodeDecodeError, RecursionError):
        return set()


class _Scrubber:
    """Learns the credentials from the traffic it sees, and replaces them everywhere."""

    def __init__(self) -> None:
        self.secrets: set[str] = set()

    def _text(self, text: Any) -> Any:
        pattern = secret_pattern(self.secrets)
        if pattern is None or not text:
            return text
        if isinstance(text, bytes):
            return pattern.sub(REDACTED, text.decode("utf-8", "surrogateescape")).encode("utf-8", "surrogateescape")
        return pattern.sub(REDACTED, text) if isinstance(text, str) else text

    def _learn_headers(self, headers: Any) -> None:
        for name, values in headers.items():
            for value in values if isinstance(values, list) else [values]:
                lowered = name.lower()
                if lowered == "authorization":
                    self.secrets.add(value.partition(" ")[2] or value)
                elif lowered in ("cookie", "set-cookie"):  # a Set-Cookie's first pair is the cookie
                    pairs = value.split(";") if lowered == "cookie" else value.split(";")[:1]
                    named = (pair.strip().partition("=") for pair in pairs)
                    self.secrets.update(v for k, _, v in named if k.lower() in SECRET_QUERY)

    def _headers(self, headers: Any) -> Any:
        for name in list(headers):
            if name.lower() in SECRET_HEADERS:
                del headers[name]
            else:
                values = headers[name]
                headers[name] = [self._text(v) for v in values] if isinstance(values, list) else self._text(values)
        return headers

    def request(self, request: Any) -> Any:
        self._learn_headers(request.headers)
        url = urlsplit(request.uri)
        query = sorted(parse_qsl(url.query, keep_blank_values=True))  # sorted, as vcrpy's query filter does
        self.secrets.update(value for name, value in query if name in SECRET_QUERY)
        kept = urlencode([(name, value) for name, value in query if name not in SECRET_QUERY])
        request.uri = urlunsplit(url._replace(query=kept))
        self.secrets.update(_json_secrets(request.body))
        request.headers = self._headers(request.headers)
        request.body = self._text(scrub_json(request.body))
        return request

    def response(self, response: dict[str, Any]) -> dict[str, Any]:
        headers = response.get("headers", {})
        self._learn_headers(headers)
        body = response.get("body", {})
        if isinstance(body, dict) and "string" in body:
            self.secrets.update(_json_secrets(body["string"]))
            body["string"] = self._text(scrub_json(body["string"]))
        self._headers(headers)
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
    scrubber = _Scrubber()  # does the filtering itself: vcrpy's filters would drop what it learns from
    return {
        "record_mode": "once" if recording else "none",
        "before_record_request": scrubber.request,
        "before_record_response": scrubber.response,
        "decode_compressed_response": True,
        "match_on": ["method", "scheme", "host", "port", "path", "query", "body"],
    }


def voipbin_vcr(cassette_dir: str | Path, *, record: bool | None = None) -> Any:
    """A vcr.VCR that writes scrubbed cassettes into ``cassette_dir``. vcrpy's own
    debug logs show request URLs: their ?accesskey= is redacted too."""
    import vcr

    add_filter_once("vcr.cassette", _HideRecordedAnswers)  # before the query filter formats the record
    vcr_loggers = [name for name in logging.root.manager.loggerDict if name.startswith("vcr.")]
    redact_in_logs(*vcr_loggers, "vcr.stubs.httpx_stubs")

    return vcr.VCR(cassette_library_dir=str(cassette_dir), **vcr_config(record))
