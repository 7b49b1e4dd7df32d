"""The core both clients share: credentials, request building, the retry loop, errors.

The retry loop is written once, as a generator (``_attempts``) that yields what to
do next (send this request, or sleep this long) and receives the outcome. The sync
and async clients only drive it: they differ in how they send and how they sleep.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import platform
import random
import time
import uuid
from collections.abc import Callable, Generator, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

import httpx

from ._constants import (
    DEFAULT_BASE_URL,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    ENV_ACCESSKEY,
    ENV_ACCESSKEY_ALIAS,
    ENV_BASE_URL,
    ENV_TOKEN,
    MAX_RETRY_AFTER,
)
from ._exceptions import (
    APIConnectionError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ErrorBody,
    ResponseParseError,
    VoipbinError,
    error_for,
)
from ._logging import logger, redact_httpx_logs, setup_from_env
from ._retry import backoff, parse_retry_after, retry_exception, retry_status
from ._types import NOT_GIVEN, AccesskeyIn, NotGiven, Timeout
from ._version import __version__

T = TypeVar("T")
ClientT = TypeVar("ClientT", bound="BaseClient")

USER_AGENT = f"voipbin-python/{__version__} python/{platform.python_version()} httpx/{httpx.__version__}"


@dataclass(frozen=True, slots=True)
class Sleep:
    seconds: float


Outcome = httpx.Response | Exception | None
Plan = Generator[httpx.Request | Sleep, Outcome, httpx.Response]


def resolve_credentials(token: str | None, accesskey: str | None) -> tuple[str, str]:
    """("token" or "accesskey", secret) from the arguments, else the environment."""
    if token and accesskey:
        raise ValueError("give token= or accesskey=, not both")
    if not token and not accesskey:
        token = os.environ.get(ENV_TOKEN) or None
        accesskey = os.environ.get(ENV_ACCESSKEY) or os.environ.get(ENV_ACCESSKEY_ALIAS) or None
        if token and accesskey:
            raise ValueError(f"both {ENV_TOKEN} and {ENV_ACCESSKEY} (or {ENV_ACCESSKEY_ALIAS}) are set: unset one")
    if token:
        return "token", token
    if accesskey:
        return "accesskey", accesskey
    raise VoipbinError(
        f"no credentials: pass token= or accesskey=, set {ENV_TOKEN} or {ENV_ACCESSKEY} "
        f"(alias {ENV_ACCESSKEY_ALIAS}), or use Voipbin.login(username, password)"
    )


def root_url(base_url: str) -> str:
    """The server root, where /auth/login lives (it is not under /v1.0)."""
    base = base_url.rstrip("/")
    return base[: -len("/v1.0")] if base.endswith("/v1.0") else base


def login_token(response: httpx.Response) -> str:
    token = response.json()["token"]
    if not isinstance(token, str) or not token:
        raise ValueError("the login answer has no token")
    return token


def login_request(base_url: str, username: str, password: str) -> dict[str, Any]:
    return {
        "method": "post",
        "url": root_url(base_url) + "/auth/login",
        "json": {"username": username, "password": password},
    }


@contextlib.contextmanager
def login_errors() -> Iterator[None]:
    """Any login failure is a bare 400 with an empty body: say what it means."""
    try:
        yield
    except BadRequestError as error:
        raise AuthenticationError(
            error.response, ErrorBody(), message="login rejected: wrong username or password (the server answered 400)"
        ) from None


class BaseClient:
    """Configuration and the logic of a call; no I/O."""

    _auth_kind: str | None
    _secret: str | None
    _http: httpx.Client | httpx.AsyncClient

    def __init__(
        self,
        token: str | None = None,
        accesskey: str | None = None,
        *,
        base_url: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        accesskey_in: AccesskeyIn = "cookie",
        http_client: httpx.Client | httpx.AsyncClient | None = None,
        _anonymous: bool = False,
    ) -> None:
        setup_from_env()
        self._owns_http = http_client is None
        if accesskey_in not in ("cookie", "query"):
            raise ValueError("accesskey_in must be 'cookie' or 'query'")
        if max_retries < 0:
            raise ValueError("max_retries must be 0 or more")
        self._auth_kind, self._secret = (None, None) if _anonymous else resolve_credentials(token, accesskey)
        self.base_url = (base_url or os.environ.get(ENV_BASE_URL) or DEFAULT_BASE_URL).rstrip("/")
        self.timeout: Timeout = DEFAULT_TIMEOUT if isinstance(timeout, NotGiven) else timeout
        self.max_retries = max_retries
        self._accesskey_in = accesskey_in
        self._headers = self._default_headers()
        self._params = {"accesskey": self._secret} if self._auth_kind == "accesskey" and accesskey_in == "query" else {}
        if self._params:
            redact_httpx_logs()
        self._sleep_for: Callable[[float], Any] = time.sleep
        self._random: Callable[[], float] = random.random
        self._clock: Callable[[], float] = time.time

    def _default_headers(self) -> dict[str, str]:
        headers = {"User-Agent": USER_AGENT, "Accept": "application/json"}
        if self._auth_kind == "token":
            headers["Authorization"] = f"Bearer {self._secret}"
        elif self._auth_kind == "accesskey" and self._accesskey_in == "cookie":
            headers["Cookie"] = f"accesskey={self._secret}"
        return headers

    def __repr__(self) -> str:
        auth = self._auth_kind or "none"
        return f"{type(self).__name__}(base_url={self.base_url!r}, auth={auth!r})"

    def _build_request(self, request: Mapping[str, Any], timeout: Timeout | NotGiven, request_id: str) -> httpx.Request:
        """An httpx.Request built here, never by a client: no cookie jar is ever applied."""
        url = request["url"]
        if not url.startswith(("http://", "https://")):
            url = self.base_url + url
        headers = {**self._headers, "X-Request-Id": request_id, **request.get("headers", {})}
        content = request.get("content")
        if "json" in request:
            content = json.dumps(request["json"], separators=(",", ":")).encode()
            headers["Content-Type"] = "application/json"
        params = {**request.get("params", {}), **self._params} if self._params else request.get("params")
        return httpx.Request(
            request["method"].upper(),
            url,
            params=params,
            headers=headers,
            content=content,
            data=request.get("data"),
            files=request.get("files"),
            extensions={"timeout": httpx.Timeout(self.timeout if isinstance(timeout, NotGiven) else timeout).as_dict()},
        )

    def _attempts(self, request: httpx.Request, max_retries: int, request_id: str) -> Plan:
        """The retry loop: yields a request to send or a Sleep; returns the 2xx response."""
        method = request.method
        attempt = 0
        while True:
            started = time.monotonic()
            outcome = yield request
            elapsed_ms = (time.monotonic() - started) * 1000
            if isinstance(outcome, httpx.Response):
                self._log(request, outcome.status_code, attempt, elapsed_ms, request_id)
                if outcome.is_success:
                    return outcome
                retry_after = parse_retry_after(outcome.headers.get("retry-after"), self._clock())
                if retry_after is not None and retry_after > MAX_RETRY_AFTER:
                    raise error_for(outcome, retry_after)
                if attempt >= max_retries or not retry_status(method, outcome.status_code):
                    raise error_for(outcome, retry_after)
                delay = retry_after if retry_after is not None else backoff(attempt, self._random)
            else:
                assert isinstance(outcome, Exception)
                self._log(request, type(outcome).__name__, attempt, elapsed_ms, request_id)
                if attempt >= max_retries or not retry_exception(method, outcome):
                    raise self._connection_error(outcome, request_id) from outcome
                delay = backoff(attempt, self._random)
            yield Sleep(delay)
            attempt += 1

    @staticmethod
    def _connection_error(exc: Exception, request_id: str) -> APIConnectionError:
        if isinstance(exc, httpx.TimeoutException):
            return APITimeoutError(f"the request timed out ({type(exc).__name__})", request_id=request_id)
        return APIConnectionError(f"connection failed: {type(exc).__name__}: {exc}", request_id=request_id)

    @staticmethod
    def _parse(response: httpx.Response, parse: Callable[[httpx.Response], T]) -> T:
        try:
            return parse(response)
        except VoipbinError:
            raise
        except Exception as exc:
            raise ResponseParseError(response, exc) from exc

    def _prepare(self, request: Mapping[str, Any], timeout: Timeout | NotGiven, max_retries: int | NotGiven) -> Plan:
        request_id = uuid.uuid4().hex
        built = self._build_request(request, timeout, request_id)
        retries = self.max_retries if isinstance(max_retries, NotGiven) else max_retries
        return self._attempts(built, retries, request_id)

    @staticmethod
    def _log(request: httpx.Request, status: int | str, attempt: int, elapsed_ms: float, request_id: str) -> None:
        if logger.isEnabledFor(logging.INFO):
            logger.info(
                "%s %s -> %s attempt=%d elapsed_ms=%.1f request_id=%s",
                request.method, request.url.path, status, attempt + 1, elapsed_ms, request_id,
            )  # fmt: skip

    def _logged_in(self: ClientT, token: str) -> ClientT:
        """A client like this anonymous one, authenticated with the login's token; it
        takes over the connection pool (and closes it if this one owned it)."""
        client = type(self)(token=token, http_client=self._http, **self._options())
        client._owns_http = self._owns_http
        return client

    def _options(self) -> dict[str, Any]:
        """Constructor arguments that make a client like this one."""
        return {
            "base_url": self.base_url,
            "timeout": self.timeout,
            "max_retries": self.max_retries,
            "accesskey_in": self._accesskey_in,
        }
