"""The core both clients share: credentials, request building, the retry plan, errors.

The retry loop is written once, as a generator (``BaseClient._plan``). It yields
what to do next (an ``httpx.Request`` to send, or a ``Sleep``) and is sent back the
outcome (the response, the transport exception, or None after a sleep); its last
yield is the successful response. The sync and async clients only drive it: they
differ in how they send and how they sleep, nothing else.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import random
import time
import uuid
from collections.abc import Callable, Generator, Iterator, Mapping
from dataclasses import dataclass
from http.cookiejar import CookieJar, DefaultCookiePolicy
from typing import Any, Generic, Self, TypeVar

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
    USER_AGENT,
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
    redact,
)
from ._logging import logger, redact_query_in_logs, setup_from_env
from ._retry import backoff, parse_retry_after, retry_exception, retry_status
from ._types import NOT_GIVEN, AccesskeyIn, NotGiven, Timeout

T = TypeVar("T")
HttpT = TypeVar("HttpT", httpx.Client, httpx.AsyncClient)


@dataclass(frozen=True, slots=True)
class Sleep:
    """A step of the plan: wait this long before the next attempt."""

    seconds: float


Step = httpx.Request | Sleep | httpx.Response
Outcome = httpx.Response | httpx.TransportError | None
Plan = Generator[Step, Outcome, None]


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


def check_secret(kind: str, secret: str) -> str:
    """A credential must fit in a header and a cookie as it is: a stray newline or
    ";" would break the request or smuggle another cookie in. The value is never quoted."""
    if not isinstance(secret, str) or not all("!" <= char <= "~" and char not in ';,"\\' for char in secret):
        raise ValueError(
            f"the {kind} holds a character an HTTP header cannot carry (whitespace, a control or non-ASCII "
            f'character, or one of ; , " \\): check it was copied whole and without quotes (it is not shown here)'
        )
    return secret


def refuse_cookies() -> CookieJar:
    """A jar that keeps nothing. The server ranks a ``token`` cookie above every other
    credential, so a kept login cookie would outlive the credential the client was given."""
    return CookieJar(policy=DefaultCookiePolicy(allowed_domains=[]))


def root_url(base_url: str) -> str:
    """The server root, where /auth/login lives (it is not under /v1.0)."""
    return base_url.removesuffix("/v1.0")


class HiddenBytes(bytes):
    """A request body whose repr does not show it: tracebacks that capture frame locals
    (error trackers, debuggers, pytest --showlocals) would print a login's password."""

    def __repr__(self) -> str:
        return f"<{len(self)} bytes, not shown>"


def login_request(base_url: str, username: str, password: str) -> dict[str, Any]:
    body = HiddenBytes(json.dumps({"username": username, "password": password}).encode())
    headers = {"Content-Type": "application/json"}
    return {"method": "post", "url": root_url(base_url) + "/auth/login", "content": body, "headers": headers}


def login_token(response: httpx.Response) -> str:
    token = response.json()["token"]
    if not isinstance(token, str) or not token:
        raise ValueError("the login answer has no token")
    return check_secret("token the login answered", token)


@contextlib.contextmanager
def login_errors() -> Iterator[None]:
    """Any login failure is a bare 400 with an empty body: say what it means."""
    try:
        yield
    except BadRequestError as error:
        raise AuthenticationError(
            error.response, ErrorBody(), message="login rejected: the username or password was not accepted (400)"
        ) from None


class BaseClient(Generic[HttpT]):
    """Configuration and the logic of a call; no I/O."""

    def __init__(
        self, token: str | None = None, accesskey: str | None = None, *, base_url: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: HttpT | None = None, accesskey_in: AccesskeyIn = "cookie", _anonymous: bool = False,
    ) -> None:  # fmt: skip
        setup_from_env()
        if accesskey_in not in ("cookie", "query"):
            raise ValueError("accesskey_in must be 'cookie' or 'query'")
        if max_retries < 0:
            raise ValueError("max_retries must be 0 or more")
        self.base_url = (base_url or os.environ.get(ENV_BASE_URL) or DEFAULT_BASE_URL).rstrip("/")
        self.timeout: Timeout = DEFAULT_TIMEOUT if isinstance(timeout, NotGiven) else timeout
        self.max_retries = max_retries
        self._timeout_extension = httpx.Timeout(self.timeout).as_dict()
        self._accesskey_in = accesskey_in
        self._use_credentials(*(() if _anonymous else resolve_credentials(token, accesskey)))
        self._owns_http = http_client is None
        self._http: HttpT = self._new_http() if http_client is None else http_client
        # Injectable for tests: how to wait, the jitter source, the clock Retry-After dates are read against.
        self._sleep_for: Callable[[float], Any] = self._default_sleep()
        self._random: Callable[[], float] = random.random
        self._clock: Callable[[], float] = time.time

    def _new_http(self) -> HttpT:
        """The connection pool the client owns when none is passed in."""
        raise NotImplementedError

    def _default_sleep(self) -> Callable[[float], Any]:
        raise NotImplementedError

    def _use_credentials(self, kind: str | None = None, secret: str = "") -> None:
        """Set the credential (none: anonymous, for login) and precompute what every request carries."""
        self._auth_kind, self._secret = kind, check_secret(kind, secret) if kind else secret
        self._headers = {"User-Agent": USER_AGENT, "Accept": "application/json"}
        self._params: dict[str, str] = {}
        if kind == "token":
            self._headers["Authorization"] = f"Bearer {secret}"
        elif kind == "accesskey" and self._accesskey_in == "cookie":
            self._headers["Cookie"] = f"accesskey={secret}"
        elif kind == "accesskey":
            self._params = {"accesskey": secret}
            redact_query_in_logs("httpx")

    def _credential_headers(self) -> dict[str, str]:
        """The credential as a header or cookie whatever ``accesskey_in`` says: for the
        WebSocket, whose URL must never carry it."""
        if self._auth_kind == "token":
            return {"Authorization": f"Bearer {self._secret}"}
        return {"Cookie": f"accesskey={self._secret}"} if self._auth_kind == "accesskey" else {}

    @property
    def _secrets(self) -> tuple[str, ...]:
        """What error messages must not quote (a server may echo the credential back)."""
        return (self._secret,) if self._auth_kind else ()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, auth={self._auth_kind or 'none'!r})"

    def with_options(self, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN) -> Self:
        """A client like this one with other defaults, sharing its connection pool
        (closing the copy leaves the pool open; closing this one closes it)."""
        options: dict[str, Any] = {
            "base_url": self.base_url,
            "timeout": self.timeout if isinstance(timeout, NotGiven) else timeout,
            "max_retries": self.max_retries if isinstance(max_retries, NotGiven) else max_retries,
            "accesskey_in": self._accesskey_in,
        }
        credentials: dict[str, Any] = {self._auth_kind: self._secret} if self._auth_kind else {"_anonymous": True}
        client = type(self)(**credentials, http_client=self._http, **options)
        client._sleep_for, client._random, client._clock = self._sleep_for, self._random, self._clock
        return client

    def _build_request(self, request: Mapping[str, Any], timeout: Timeout | NotGiven, request_id: str) -> httpx.Request:
        """An httpx.Request built here, never by an httpx client: no cookie jar is ever applied."""
        url = request["url"]
        if not url.startswith(("http://", "https://")):  # /auth/* lives at the root, outside base_url
            url = (root_url(self.base_url) if request.get("at_root") else self.base_url) + url
        headers = {**self._headers, "X-Request-Id": request_id}
        if "headers" in request:
            headers.update(request["headers"])
        params = {**request.get("params", {}), **self._params} if self._params else request.get("params")
        extension = self._timeout_extension if isinstance(timeout, NotGiven) else httpx.Timeout(timeout).as_dict()
        return httpx.Request(
            request["method"].upper(),
            url,
            params=params,
            headers=headers,
            content=request.get("content"),
            data=request.get("data"),
            files=request.get("files"),
            json=request.get("json"),
            extensions={"timeout": extension},
        )

    def _prepare(self, request: Mapping[str, Any], timeout: Timeout | NotGiven, max_retries: int | NotGiven) -> Plan:
        """The plan of one call. One request id for every attempt, so the server's
        logs tie the attempts together (it echoes ids matching [A-Za-z0-9_-]{1,64})."""
        request_id = uuid.uuid4().hex
        built = self._build_request(request, timeout, request_id)
        return self._plan(built, self.max_retries if isinstance(max_retries, NotGiven) else max_retries, request_id)

    def _plan(self, request: httpx.Request, max_retries: int, request_id: str) -> Plan:
        """The retry loop: yields the request or a Sleep; last, the 2xx response.
        Raises the error of the last attempt when it is not to be tried again."""
        attempt = 0
        while True:
            started = time.monotonic()
            outcome = yield request
            if logger.isEnabledFor(logging.INFO):
                status = outcome.status_code if isinstance(outcome, httpx.Response) else type(outcome).__name__
                self._log(request, status, attempt, started, request_id)
            if isinstance(outcome, httpx.Response):
                if outcome.is_success:
                    yield outcome
                    return
                delay = self._delay_after_status(request.method, outcome, attempt < max_retries, attempt)
            else:
                assert outcome is not None
                if attempt >= max_retries or not retry_exception(request.method, outcome):
                    raise _connection_error(outcome, request_id, self._secrets) from outcome
                delay = backoff(attempt, self._random)
            if logger.isEnabledFor(logging.DEBUG):
                logger.debug("retrying in %.3fs request_id=%s", delay, request_id)
            yield Sleep(delay)
            attempt += 1

    def _delay_after_status(self, method: str, response: httpx.Response, retries_left: bool, attempt: int) -> float:
        """How long to wait before trying again, or raise the answer's error."""
        retry_after = parse_retry_after(response.headers.get("retry-after"), self._clock())
        if not retries_left or not retry_status(method, response.status_code):
            raise error_for(response, retry_after, self._secrets)
        if retry_after is None:
            return backoff(attempt, self._random)
        if retry_after > MAX_RETRY_AFTER:  # not worth blocking on: the caller decides
            raise error_for(response, retry_after, self._secrets)
        return retry_after

    @staticmethod
    def _log(request: httpx.Request, status: int | str, attempt: int, started: float, request_id: str) -> None:
        """One line per attempt; the query is left out (it may hold ?accesskey=)."""
        logger.info(
            "%s %s -> %s attempt=%d elapsed_ms=%.1f request_id=%s",
            request.method, request.url.path, status, attempt + 1, (time.monotonic() - started) * 1000, request_id,
        )  # fmt: skip

    def _parse(self, response: httpx.Response, parse: Callable[[httpx.Response], T]) -> T:
        """``parse(response)``; anything it raises means the 2xx did not fit its model."""
        try:
            return parse(response)
        except VoipbinError:
            raise
        except Exception as exc:
            error = ResponseParseError(response, exc, self._secrets)
            if not any(secret in str(exc) for secret in self._secrets):
                raise error from exc
        # The cause quotes a credential the server echoed back: raised outside the except
        # block, so that it is neither chained nor a local of this frame.
        raise error from None


def _connection_error(exc: Exception, request_id: str, secrets: tuple[str, ...]) -> APIConnectionError:
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"the request timed out ({type(exc).__name__})", request_id=request_id)
    problem = redact(f"{type(exc).__name__}: {exc}", secrets)
    return APIConnectionError(f"connection failed: {problem}", request_id=request_id)
