"""The core both clients share: their configuration and the logic of a call, without I/O.

``BaseClient`` only composes the policies, each in a module named for it: who calls
(``_credentials``), where requests may go (``_urls``), the retry loop and how long an
attempt may take (``_retry``, ``_timeouts``), how an answer's body is read (``_body``).
The sync and async clients (``_client``) drive the plan it prepares: they differ in how
they send, read a body and sleep, nothing else.
"""

from __future__ import annotations

import contextlib
import functools
import os
import random
import time
import uuid
from collections.abc import Callable, Iterator, Mapping
from contextvars import ContextVar
from typing import Any, Generic, Self, TypeVar

import httpx

from ._constants import (
    DEFAULT_BASE_URL,
    DEFAULT_DEADLINE,
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    ENV_BASE_URL,
    USER_AGENT,
)
from ._credentials import Credential, Kind, caller_headers, resolve_credentials, without_credentials
from ._exceptions import ResponseParseError, VoipbinError
from ._fork import CLIENTS
from ._logging import SENDING, protect_http_logs, setup_from_env
from ._options import NOT_GIVEN, AccesskeyIn, CallOptions, NotGiven, Timeout
from ._request import Request
from ._retry import Attempt, AttemptPlan, Limits, attempt_plan, verdict
from ._transport import ATTEMPT_ENDS, bound_sockets
from ._urls import check_scheme, plain_http_allowed, root_url, storage_request

T = TypeVar("T")
HttpT = TypeVar("HttpT", httpx.Client, httpx.AsyncClient)

# What BaseClient._made passes to the constructor it calls: (anonymous, shared pool).
_MADE: ContextVar[tuple[bool, Any]] = ContextVar("voipbin_client_made", default=(False, None))

# What every request carries, whoever calls.
SDK_HEADERS = {"User-Agent": USER_AGENT, "Accept": "application/json"}


def or_default(value: T | NotGiven, default: T) -> T:
    """``value``, unless it was not given."""
    return default if isinstance(value, NotGiven) else value


class BaseClient(Generic[HttpT]):
    """Configuration and the logic of a call; no I/O."""

    def __init__(
        self, token: str | None = None, accesskey: str | None = None, *, base_url: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int = DEFAULT_MAX_RETRIES,
        deadline: float | None = DEFAULT_DEADLINE, max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        http_client: HttpT | None = None, accesskey_in: AccesskeyIn = "cookie", allow_insecure_http: bool = False,
        default_headers: Mapping[str, str] | None = None, default_query: Mapping[str, Any] | None = None,
    ) -> None:  # fmt: skip
        """A client for one credential. Every argument has a default: ``Voipbin()`` reads the
        credential and base URL from the environment.

        Args:
            token: A JWT (Authorization: Bearer). Else VOIPBIN_TOKEN.
            accesskey: An access key, instead of a token. Else VOIPBIN_ACCESSKEY (or VOIPBIN_API_KEY).
            base_url: The API's URL, /v1.0 included. Else VOIPBIN_BASE_URL, else https://api.voipbin.net/v1.0.
            timeout: Seconds for one attempt, an httpx.Timeout, or None for none (default 60 s, 5 s to connect).
            max_retries: Retries of a failed attempt that may be retried (default 2; never a POST once sent).
            deadline: Seconds for a call, its retries and waits included; None for no bound (default 180).
            max_response_bytes: The largest answer read; a larger one is a ResponseParseError (default 32 MiB).
            http_client: An httpx.Client (AsyncVoipbin: httpx.AsyncClient) whose transport, proxy and TLS
                settings to send through; it stays the caller's to close. Its cookies and auth are never used.
            accesskey_in: Where the access key goes: "cookie" (default) or "query" (it then shows in URLs).
            allow_insecure_http: Allow an http:// base_url (for a local mock server); refused otherwise.
            default_headers: Headers every request carries (a credential header among them is dropped).
            default_query: Query parameters every request carries.

        Raises:
            ValueError: No credential given nor in the environment, both given, or an argument out of range.
            TypeError: http_client is not the httpx client type this client drives.
        """
        anonymous, shared = _MADE.get()
        setup_from_env()
        if accesskey_in not in ("cookie", "query"):
            raise ValueError("accesskey_in must be 'cookie' or 'query'")
        if max_retries < 0:
            raise ValueError("max_retries must be 0 or more")
        if max_response_bytes < 1:
            raise ValueError("max_response_bytes must be 1 or more")
        if deadline is not None and deadline <= 0:
            raise ValueError("deadline must be more than 0 seconds, or None for no bound")
        self.base_url: str = (base_url or os.environ.get(ENV_BASE_URL) or DEFAULT_BASE_URL).rstrip("/")
        check_scheme(self.base_url, allow_insecure_http)
        self.timeout: Timeout = or_default(timeout, DEFAULT_TIMEOUT)
        self.max_retries = max_retries
        self.deadline = deadline
        self.max_response_bytes = max_response_bytes
        self._allow_insecure_http = allow_insecure_http
        self._accesskey_in = accesskey_in
        self._hidden: tuple[str, ...] = ()  # other values to keep out of errors (a login's password)
        self._use_credentials(*(() if anonymous else resolve_credentials(token, accesskey)))
        # What every request carries besides the SDK's own: the caller's http_client headers and
        # params (httpx's defaults aside), then default_headers / default_query. Never a credential.
        self._default_headers = {**caller_headers(http_client), **without_credentials(default_headers or {})}
        self._default_query = {**(dict(http_client.params) if http_client is not None else {}), **(default_query or {})}
        self._owns_http = http_client is None and shared is None
        self._http: HttpT = self._new_http(self._check_http_client(http_client)) if shared is None else shared
        if shared is None:
            bound_sockets(self._http)
            CLIENTS.add(self._http)  # forgotten in a child process after os.fork()
        # Injectable for tests: how to wait, the jitter source, the clock Retry-After dates are read against.
        self._sleep_for: Callable[[float], Any] = self._default_sleep()
        self._random: Callable[[], float] = random.random
        self._clock: Callable[[], float] = time.time
        protect_http_logs()

    @classmethod
    def _made(cls, *, anonymous: bool = False, shared: HttpT | None = None, **options: Any) -> Self:
        """A client the SDK makes itself: without a credential (to log in) or on another client's
        pool (with_options). Not constructor parameters, so that the signature users see holds
        only what they may pass."""
        reset = _MADE.set((anonymous, shared))
        try:
            return cls(**options)
        finally:
            _MADE.reset(reset)

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

    @contextlib.contextmanager
    def _sending(self, attempt: Attempt) -> Iterator[None]:
        """While ``attempt`` is sent in this thread or task: what httpx and httpcore log is
        this client's (its credential blanked), and every socket read or write ends with it."""
        sending, ending = SENDING.set(self._secrets), ATTEMPT_ENDS.set(attempt.ends)
        try:
            yield
        finally:
            ATTEMPT_ENDS.reset(ending)
            SENDING.reset(sending)

    def _use_credentials(self, kind: Kind | None = None, secret: str = "") -> None:
        """Set the credential (none: anonymous, for login)."""
        self._credential = Credential(kind, secret, self._accesskey_in)

    @property
    def _secrets(self) -> tuple[str, ...]:
        """What error messages and logs must not quote (a server may echo the credential back)."""
        return ((self._credential.secret,) if self._credential.kind else ()) + self._hidden

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, auth={self._credential.kind or 'none'!r})"

    def with_options(
        self, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven | None = NOT_GIVEN, max_response_bytes: int | NotGiven = NOT_GIVEN,
    ) -> Self:  # fmt: skip
        """A client like this one with other defaults, sharing its connection pool
        (closing the copy leaves the pool open; closing this one closes it)."""
        options: dict[str, Any] = {
            "timeout": or_default(timeout, self.timeout), "max_retries": or_default(max_retries, self.max_retries),
            "deadline": or_default(deadline, self.deadline),
            "max_response_bytes": or_default(max_response_bytes, self.max_response_bytes),
            "base_url": self.base_url, "accesskey_in": self._accesskey_in,
            "allow_insecure_http": self._allow_insecure_http, "default_headers": self._default_headers,
            "default_query": self._default_query,
        }  # fmt: skip
        kind, secret = self._credential.kind, self._credential.secret
        credentials: dict[str, Any] = {kind: secret} if kind else {}
        client = type(self)._made(anonymous=not kind, shared=self._http, **credentials, **options)
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
        headers = {**SDK_HEADERS, **self._default_headers, **request.headers}
        if extra_headers:
            headers.update(without_credentials(extra_headers))
        headers.update(self._credential.headers(), **{"X-Request-Id": request_id})
        params = {**self._default_query, **request.params, **(extra_query or {}), **self._credential.query()}
        data, files = request.multipart()
        return httpx.Request(
            request.method.upper(), url, params=params, headers=headers, content=request.content, data=data,
            files=files, json=request.json,
        )  # fmt: skip

    @staticmethod
    def _paginate(paginator: T) -> T:
        """What a list method returns: the paginator itself (vb.with_raw_response: its first page)."""
        return paginator

    def _prepare(self, request: Request, options: CallOptions) -> AttemptPlan:
        """The plan of one call. One request id for every attempt, so the server's
        logs tie the attempts together (it echoes ids matching [A-Za-z0-9_-]{1,64})."""
        request_id = uuid.uuid4().hex
        limits = Limits(
            or_default(options.get("timeout", NOT_GIVEN), self.timeout),
            or_default(options.get("max_retries", NOT_GIVEN), self.max_retries),
            or_default(options.get("deadline", NOT_GIVEN), self.deadline),
            or_default(options.get("max_response_bytes", NOT_GIVEN), self.max_response_bytes),
            request.sink,
        )
        built = self._build_request(request, request_id, options.get("extra_headers"), options.get("extra_query"))
        to_storage = None
        if request.download:  # followed without any VoIPBIN credential
            plain_http = plain_http_allowed(self.base_url, self._allow_insecure_http)
            to_storage = functools.partial(storage_request, plain_http=plain_http)
        return attempt_plan(built, limits, request_id, self._verdict, to_storage)

    def _verdict(
        self, method: str, outcome: httpx.Response | httpx.HTTPError, attempt: int, request_id: str
    ) -> tuple[VoipbinError, float | None]:
        """``verdict`` with this client's secrets, jitter source and clock, as they are when
        the attempt fails. A method, not a partial: a traceback's locals may show it."""
        secrets, rand, clock = self._secrets, self._random, self._clock
        return verdict(method, outcome, attempt, request_id=request_id, secrets=secrets, rand=rand, clock=clock)

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
