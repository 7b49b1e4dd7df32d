"""The core both clients share: credentials, request building, the retry plan, errors.

The retry loop is written once, as a generator (``BaseClient._plan``). It yields
what to do next (a ``Send`` of a request, or a ``Sleep``) and is sent back the
outcome (the response, the httpx exception, or None after a sleep); its last
yield is the successful response. The sync and async clients only drive it: they
differ in how they send, read a body and sleep, nothing else. A body is read a
chunk at a time into a ``Body``, which inflates it and holds it to the attempt's
end time and the size cap.
"""

from __future__ import annotations

import contextlib
import functools
import ipaddress
import json
import logging
import os
import random
import ssl
import time
import uuid
import zlib
from collections.abc import Callable, Generator, Iterator, Mapping
from dataclasses import dataclass
from http.cookiejar import CookieJar, DefaultCookiePolicy
from typing import Any, BinaryIO, Generic, Self, TypeVar

import httpx

from ._constants import (
    DEFAULT_BASE_URL,
    DEFAULT_DEADLINE,
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    ENV_ACCESSKEY,
    ENV_ACCESSKEY_ALIAS,
    ENV_BASE_URL,
    ENV_TOKEN,
    MAX_ERROR_BODY_BYTES,
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
from ._logging import logger, protect_http_logs, setup_from_env
from ._request import Request
from ._retry import backoff, limiter_refused, parse_retry_after, retry_exception, retry_status
from ._types import NOT_GIVEN, AccesskeyIn, CallOptions, NotGiven, Timeout

T = TypeVar("T")
HttpT = TypeVar("HttpT", httpx.Client, httpx.AsyncClient)


@dataclass(frozen=True, slots=True)
class Sleep:
    """A step of the plan: wait this long before the next attempt."""

    seconds: float


@dataclass(frozen=True, slots=True)
class Send:
    """A step of the plan: send ``request``; its answer must be whole by ``ends``
    (time.monotonic(), None: no end) and is read up to ``max_bytes`` decoded bytes."""

    request: httpx.Request
    ends: float | None
    max_bytes: int
    sink: BinaryIO | None = None  # a download's destination: a 2xx body goes there, not to memory


@dataclass(frozen=True, slots=True)
class Limits:
    """One call's limits: what the call gave, else the client's."""

    timeout: Timeout
    max_retries: int
    deadline: float | None
    max_response_bytes: int
    download: bool = False  # follow a redirect to the storage host, without any VoIPBIN credential
    sink: BinaryIO | None = None


def given(value: T | NotGiven, default: T) -> T:
    return default if isinstance(value, NotGiven) else value


Step = Send | Sleep | httpx.Response
Outcome = httpx.Response | httpx.HTTPError | None
Plan = Generator[Step, Outcome, None]
# Set on a non-2xx answer read only up to the cap (its error quotes the head).
TRUNCATED = "voipbin.truncated"
# Set on a download's answer written to its sink: how many bytes.
WRITTEN = "voipbin.written"


class Body:
    """One answer's body as it arrives: inflated here (httpx would inflate a whole raw
    chunk at once, and 300 KB of gzip can be 1 GB), cut at the cap, and refused once the
    attempt's end time has passed, however slowly the bytes trickle in."""

    def __init__(self, send: Send, response: httpx.Response) -> None:
        self._send, self._response = send, response
        self._chunks: list[bytes] = []
        self._room = send.max_bytes if response.is_success else min(send.max_bytes, MAX_ERROR_BODY_BYTES)
        self.full = False  # the cap is reached
        self._sink = send.sink if response.is_success else None
        self.written = 0
        if self._sink is not None and self._sink.tell():  # an attempt before this one wrote part of it
            if not self._sink.seekable():
                raise httpx.ReadError("a download into a stream that cannot seek cannot be restarted")
            self._sink.seek(0)
            self._sink.truncate()
        encoding = response.headers.get("content-encoding", "identity").strip().lower()
        if encoding not in ("identity", "", "gzip", "x-gzip", "deflate"):  # the SDK sends no Accept-Encoding
            raise httpx.DecodingError(f"the answer is encoded as {encoding!r}, which was not asked for")
        self._inflate = None if encoding in ("identity", "") else zlib.decompressobj(47 if "gzip" in encoding else 15)
        self._raw_deflate = encoding == "deflate"  # some servers send deflate without its zlib header
        if send.ends is not None:  # reads of the body wait no longer than the time left
            left = send.ends - time.monotonic()
            send.request.extensions["timeout"] = capped(send.request.extensions["timeout"], left)
        self.done = response.is_stream_consumed  # a transport that answered with a body already read (a mock)
        if self.done:
            self._inflate = None
            self.add(response.content)

    def add(self, raw: bytes) -> None:
        """Take the next raw chunk. Sets ``done`` when the cap is reached: stop reading."""
        if self._send.ends is not None and time.monotonic() > self._send.ends:
            raise httpx.ReadTimeout("the whole answer did not arrive in the time allowed", request=self._send.request)
        chunk = self._decode(raw)
        if self._sink is not None:  # bounded memory: one chunk at a time, no cap
            self._sink.write(chunk)
            self.written += len(chunk)
            return
        if len(chunk) > self._room:
            chunk, self.full, self.done = chunk[: self._room], True, True
        self._room -= len(chunk)
        self._chunks.append(chunk)

    def _decode(self, raw: bytes) -> bytes:
        if self._inflate is None:
            return raw
        try:  # never more than the cap allows (a sink has none: it takes the body chunk by chunk)
            chunk = self._inflate.decompress(raw, 0 if self._sink is not None else self._room + 1)
        except zlib.error:
            if not self._raw_deflate:
                raise httpx.DecodingError("the compressed answer is corrupt", request=self._send.request) from None
            self._inflate, self._raw_deflate = zlib.decompressobj(-zlib.MAX_WBITS), False
            return self._decode(raw)
        self._raw_deflate = False
        return chunk

    def response(self) -> httpx.Response:
        """The answer with its decoded body (so no longer marked as encoded)."""
        if self._inflate is not None and not self._inflate.eof and not self.full:
            raise httpx.DecodingError("the compressed answer is cut short", request=self._send.request)
        streamed = self._response
        headers = [(k, v) for k, v in streamed.headers.multi_items() if k.lower() != "content-encoding"]
        extensions = {**streamed.extensions, TRUNCATED: True} if self.full else dict(streamed.extensions)
        if self._sink is not None:
            extensions[WRITTEN] = self.written
        return httpx.Response(
            streamed.status_code, headers=headers, content=b"".join(self._chunks), request=self._send.request,
            extensions=extensions,
        )  # fmt: skip


def capped(timeouts: Mapping[str, float | None], left: float) -> dict[str, float | None]:
    """Each phase's timeout, no longer than the ``left`` seconds (at least a millisecond)."""
    left = max(left, 0.001)
    return {phase: left if value is None else min(value, left) for phase, value in timeouts.items()}


def earliest(*times: float | None) -> float | None:
    return min((t for t in times if t is not None), default=None)


def too_large(limit: int) -> ValueError:
    return ValueError(f"the answer is larger than max_response_bytes={limit} decoded bytes")


def attempt_seconds(timeout: Timeout) -> float | None:
    """How long one attempt may take end to end: a number bounds it whole; an httpx.Timeout,
    by its longest phase (each phase is also bounded as httpx does); None: no bound."""
    if timeout is None or isinstance(timeout, int | float):
        return timeout
    phases = [value for value in httpx.Timeout(timeout).as_dict().values() if value is not None]
    return max(phases) if phases else None


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


@functools.cache
def tls_context() -> ssl.SSLContext:
    """One TLS context for every client the SDK makes, built as httpx builds its default
    (certifi, or SSL_CERT_FILE / SSL_CERT_DIR): loading the CA bundle takes about 50 ms,
    which each Voipbin() would otherwise pay again."""
    return httpx.create_ssl_context()


def refuse_cookies() -> CookieJar:
    """A jar that keeps nothing. The server ranks a ``token`` cookie above every other
    credential, so a kept login cookie would outlive the credential the client was given."""
    return CookieJar(policy=DefaultCookiePolicy(allowed_domains=[]))


CREDENTIAL_HEADERS = frozenset({"authorization", "cookie"})


def without_credentials(headers: Mapping[str, str]) -> dict[str, str]:
    """Headers a caller adds, less any credential: the SDK's own always decides who calls."""
    return {name: value for name, value in headers.items() if name.lower() not in CREDENTIAL_HEADERS}


# What httpx puts on every client, and what the transport decides (the SDK decodes gzip and
# deflate itself): never taken from a caller's http_client.
HTTPX_DEFAULTS = {"accept": "*/*", "user-agent": f"python-httpx/{httpx.__version__}"}
TRANSPORT_HEADERS = frozenset({"accept-encoding", "connection", "host", "content-length", "transfer-encoding"})


def caller_headers(http_client: httpx.Client | httpx.AsyncClient | None) -> dict[str, str]:
    """The headers the caller set on their http_client, which every request then carries."""
    if http_client is None:
        return {}
    headers = http_client.headers.items()
    chosen = {k: v for k, v in headers if k not in TRANSPORT_HEADERS and HTTPX_DEFAULTS.get(k) != v}
    return without_credentials(chosen)


def root_url(base_url: str) -> str:
    """The server root, where /auth/login lives (it is not under /v1.0)."""
    return base_url.removesuffix("/v1.0")


class HiddenBytes(bytes):
    """A request body whose repr does not show it: tracebacks that capture frame locals
    (error trackers, debuggers, pytest --showlocals) would print a login's password."""

    def __repr__(self) -> str:
        return f"<{len(self)} bytes, not shown>"


def login_request(base_url: str, username: str, password: str) -> Request:
    body = HiddenBytes(json.dumps({"username": username, "password": password}).encode())
    headers = {"Content-Type": "application/json"}
    return Request("post", root_url(base_url) + "/auth/login", content=body, headers=headers)


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
        deadline: float | None = DEFAULT_DEADLINE, max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        http_client: HttpT | None = None, accesskey_in: AccesskeyIn = "cookie", allow_insecure_http: bool = False,
        default_headers: Mapping[str, str] | None = None, default_query: Mapping[str, Any] | None = None,
        _anonymous: bool = False, _shared: HttpT | None = None,
    ) -> None:  # fmt: skip
        setup_from_env()
        if accesskey_in not in ("cookie", "query"):
            raise ValueError("accesskey_in must be 'cookie' or 'query'")
        if max_retries < 0:
            raise ValueError("max_retries must be 0 or more")
        if max_response_bytes < 1:
            raise ValueError("max_response_bytes must be 1 or more")
        if deadline is not None and deadline <= 0:
            raise ValueError("deadline must be more than 0 seconds, or None for no bound")
        self.base_url = (base_url or os.environ.get(ENV_BASE_URL) or DEFAULT_BASE_URL).rstrip("/")
        check_scheme(self.base_url, allow_insecure_http)
        self.timeout: Timeout = DEFAULT_TIMEOUT if isinstance(timeout, NotGiven) else timeout
        self.max_retries = max_retries
        self.deadline = deadline
        self.max_response_bytes = max_response_bytes
        self._allow_insecure_http = allow_insecure_http
        self._accesskey_in = accesskey_in
        self._hidden: tuple[str, ...] = ()  # other values to keep out of errors (a login's password)
        self._use_credentials(*(() if _anonymous else resolve_credentials(token, accesskey)))
        # What every request carries besides the SDK's own: the caller's http_client headers and
        # params (httpx's defaults aside), then default_headers / default_query. Never a credential.
        self._default_headers = {**caller_headers(http_client), **without_credentials(default_headers or {})}
        self._default_query = {**(dict(http_client.params) if http_client is not None else {}), **(default_query or {})}
        self._owns_http = http_client is None and _shared is None
        self._http: HttpT = self._new_http(self._check_http_client(http_client)) if _shared is None else _shared
        # Injectable for tests: how to wait, the jitter source, the clock Retry-After dates are read against.
        self._sleep_for: Callable[[float], Any] = self._default_sleep()
        self._random: Callable[[], float] = random.random
        self._clock: Callable[[], float] = time.time
        protect_http_logs(self)

    def _check_http_client(self, http_client: HttpT | None) -> HttpT | None:
        kind = self._http_client_type()
        if http_client is not None and not isinstance(http_client, kind):
            raise TypeError(f"http_client must be an httpx.{kind.__name__}, not {type(http_client).__name__}")
        return http_client

    @staticmethod
    def _http_client_type() -> type[HttpT]:
        raise NotImplementedError

    def _new_http(self, borrowed: HttpT | None) -> HttpT:
        """The httpx client requests go through: a new pool, or one sending through the
        transport of the caller's ``borrowed`` client (its proxy, TLS and limits) but never
        its cookie jar (VoIPBIN's login cookie must not land in it) nor its auth (it would
        replace the SDK's credential)."""
        raise NotImplementedError

    def _default_sleep(self) -> Callable[[float], Any]:
        raise NotImplementedError

    def _use_credentials(self, kind: str | None = None, secret: str = "") -> None:
        """Set the credential (none: anonymous, for login) and precompute what every request carries."""
        self._auth_kind, self._secret = kind, check_secret(kind, secret) if kind else secret
        self._headers = {"User-Agent": USER_AGENT, "Accept": "application/json"}
        self._credential: dict[str, str] = {}
        self._params: dict[str, str] = {}
        if kind == "token":
            self._credential["Authorization"] = f"Bearer {secret}"
        elif kind == "accesskey" and self._accesskey_in == "cookie":
            self._credential["Cookie"] = f"accesskey={secret}"
        elif kind == "accesskey":
            self._params = {"accesskey": secret}

    def _credential_headers(self) -> dict[str, str]:
        """The credential as a header or cookie whatever ``accesskey_in`` says: for the
        WebSocket, whose URL must never carry it."""
        if self._auth_kind == "token":
            return {"Authorization": f"Bearer {self._secret}"}
        return {"Cookie": f"accesskey={self._secret}"} if self._auth_kind == "accesskey" else {}

    @property
    def _secrets(self) -> tuple[str, ...]:
        """What error messages and logs must not quote (a server may echo the credential back)."""
        return ((self._secret,) if self._auth_kind else ()) + self._hidden

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, auth={self._auth_kind or 'none'!r})"

    def with_options(
        self, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven | None = NOT_GIVEN, max_response_bytes: int | NotGiven = NOT_GIVEN,
    ) -> Self:  # fmt: skip
        """A client like this one with other defaults, sharing its connection pool
        (closing the copy leaves the pool open; closing this one closes it)."""
        options: dict[str, Any] = {
            "timeout": given(timeout, self.timeout), "max_retries": given(max_retries, self.max_retries),
            "deadline": given(deadline, self.deadline),
            "max_response_bytes": given(max_response_bytes, self.max_response_bytes),
            "base_url": self.base_url, "accesskey_in": self._accesskey_in,
            "allow_insecure_http": self._allow_insecure_http, "default_headers": self._default_headers,
            "default_query": self._default_query,
        }  # fmt: skip
        credentials: dict[str, Any] = {self._auth_kind: self._secret} if self._auth_kind else {"_anonymous": True}
        client = type(self)(**credentials, _shared=self._http, **options)
        client._sleep_for, client._random, client._clock = self._sleep_for, self._random, self._clock
        return client

    def _build_request(
        self, request: Request, request_id: str, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> httpx.Request:  # fmt: skip
        """An httpx.Request built here, never by an httpx client: no cookie jar is ever applied.
        Headers and query, later ones winning: the SDK's, the defaults, the operation's, the
        call's extras; the credential and the request id last, so nothing replaces them."""
        url = request.url
        if not url.startswith(("http://", "https://")):  # /auth/* lives at the root, outside base_url
            url = (root_url(self.base_url) if request.at_root else self.base_url) + url
        headers = {**self._headers, **self._default_headers, **request.headers}
        if extra_headers:
            headers.update(without_credentials(extra_headers))
        headers.update(self._credential, **{"X-Request-Id": request_id})
        params = {**self._default_query, **request.params, **(extra_query or {}), **self._params}
        data, files = request.multipart()
        return httpx.Request(
            request.method.upper(), url, params=params, headers=headers, content=request.content, data=data,
            files=files, json=request.json,
        )  # fmt: skip

    @staticmethod
    def _paginate(paginator: T) -> T:
        """What a list method returns: the paginator itself (vb.with_raw_response: its first page)."""
        return paginator

    def _prepare(self, request: Request, options: CallOptions) -> Plan:
        """The plan of one call. One request id for every attempt, so the server's
        logs tie the attempts together (it echoes ids matching [A-Za-z0-9_-]{1,64})."""
        request_id = uuid.uuid4().hex
        limits = Limits(
            given(options.get("timeout", NOT_GIVEN), self.timeout),
            given(options.get("max_retries", NOT_GIVEN), self.max_retries),
            given(options.get("deadline", NOT_GIVEN), self.deadline),
            given(options.get("max_response_bytes", NOT_GIVEN), self.max_response_bytes),
            request.download,
            request.sink,
        )
        built = self._build_request(request, request_id, options.get("extra_headers"), options.get("extra_query"))
        return self._plan(built, limits, request_id)

    def _plan(self, request: httpx.Request, limits: Limits, request_id: str) -> Plan:
        """The retry loop: yields a Send or a Sleep; last, the 2xx response. Raises the
        error of the last attempt when it is not to be tried again, or when the call's
        deadline would pass before the next attempt could start."""
        phases = httpx.Timeout(limits.timeout).as_dict()
        per_attempt = attempt_seconds(limits.timeout)
        call_ends = None if limits.deadline is None else time.monotonic() + limits.deadline
        attempt, api = 0, request
        while True:
            started = time.monotonic()
            # The time left, from durations: (started + 2.5) - started is not 2.5 in floating point.
            left = earliest(None if call_ends is None else call_ends - started, per_attempt)
            ends = None if left is None else started + left
            request.extensions["timeout"] = phases if left is None else capped(phases, left)
            outcome = yield Send(request, ends, limits.max_response_bytes, limits.sink)
            if logger.isEnabledFor(logging.INFO):
                status = outcome.status_code if isinstance(outcome, httpx.Response) else type(outcome).__name__
                self._log(request, status, attempt, started, request_id)
            if isinstance(outcome, httpx.Response) and outcome.is_redirect and limits.download and request is api:
                request = self._storage_request(outcome)  # the same attempt goes on, to storage (once)
                continue
            if isinstance(outcome, httpx.Response) and outcome.is_success:
                if TRUNCATED in outcome.extensions:
                    raise ResponseParseError(outcome, too_large(limits.max_response_bytes))
                yield outcome
                return
            assert outcome is not None
            error, delay = self._verdict(request.method, outcome, attempt, request_id)
            out_of_time = call_ends is not None and delay is not None and time.monotonic() + delay >= call_ends
            if delay is None or attempt >= limits.max_retries or out_of_time:
                raise error from (outcome if isinstance(outcome, Exception) else None)
            if logger.isEnabledFor(logging.DEBUG):
                logger.debug("retrying in %.3fs request_id=%s", delay, request_id)
            yield Sleep(delay)
            attempt += 1

    def _storage_request(self, redirect: httpx.Response) -> httpx.Request:
        """A download's answer is a redirect to a presigned storage URL (bin-api-manager/server/
        recordingfiles.go:51 c.Redirect(307, ...)): fetched with no VoIPBIN credential, header,
        cookie or query."""
        target = redirect.request.url.join(redirect.headers.get("location", ""))
        if target.scheme != "https" and not (self._allow_insecure_http or is_loopback(target.host)):
            raise ResponseParseError(redirect, ValueError(f"the download was redirected to a {target.scheme} URL"))
        return httpx.Request("GET", target, headers={"User-Agent": USER_AGENT})

    def _verdict(
        self, method: str, outcome: httpx.Response | httpx.HTTPError, attempt: int, request_id: str
    ) -> tuple[VoipbinError, float | None]:
        """The error a failed attempt means, and how long to wait before trying again
        (None: it is not to be tried again)."""
        if not isinstance(outcome, httpx.Response):
            delay = backoff(attempt, self._random) if retry_exception(method, outcome) else None
            return _connection_error(outcome, request_id, self._secrets), delay
        retry_after = parse_retry_after(outcome.headers.get("retry-after"), self._clock())
        error = error_for(outcome, retry_after, self._secrets)
        if not retry_status(method, outcome.status_code, limiter_refused(retry_after, error.details)):
            return error, None
        if retry_after is None:
            return error, backoff(attempt, self._random)
        return error, None if retry_after > MAX_RETRY_AFTER else retry_after  # too long to block on: the caller decides

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
    """Sent or not, the request may have run: an answer that broke off, could not be
    decoded or came too slowly is an APIConnectionError like a lost connection."""
    problem = redact(f"{type(exc).__name__}: {exc}", secrets)
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"the request timed out ({problem})", request_id=request_id)
    return APIConnectionError(f"connection failed: {problem}", request_id=request_id)


def check_scheme(base_url: str, allow_insecure_http: bool) -> None:
    """Plain http:// carries the credential in clear: only to this machine, unless asked for."""
    url = httpx.URL(base_url)
    if url.scheme not in ("http", "https"):
        raise ValueError(f"base_url must start with https:// (got {url.scheme!r})")
    if url.scheme == "https" or allow_insecure_http:
        return
    if is_loopback(url.host):
        return
    raise ValueError(
        f"base_url {base_url!r} is plain http:// to another machine: the credential would cross the "
        "network in clear. Use https://, or pass allow_insecure_http=True if that is really meant"
    )


def is_loopback(host: str) -> bool:
    with contextlib.suppress(ValueError):
        return host == "localhost" or ipaddress.ip_address(host).is_loopback
    return False
