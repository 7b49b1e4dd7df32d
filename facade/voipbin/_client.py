"""Voipbin and AsyncVoipbin: one object for auth, timeouts, retries and errors.

Both drive the same retry plan (``_retry.attempt_plan``); only sending and sleeping
differ. Every operation of the API hangs off them as ``vb.<resource>.<verb>()``
(generated: voipbin/_generated/resources, declared as voipbin/_namespace.py says).
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable, Coroutine, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, TypeVar, Unpack

import httpx

from ._base_client import BaseClient
from ._body import Body
from ._generated.resources import Resources
from ._login import login_errors, login_request, login_token
from ._namespace import AsyncRawView, AsyncView, SyncRawView, SyncView
from ._options import CallOptions
from ._parsers import Parser, parser_for
from ._raw import RawResponse, wrap_parser
from ._request import Request, generic_request
from ._retry import Attempt, AttemptOutcome, AttemptPlan, Wait
from ._transport import AsyncBorrowed, Borrowed, refuse_cookies, tls_context

if TYPE_CHECKING:
    from ._pagination import AsyncPaginator, Page, SyncPaginator
    from ._stream import AsyncEvents, Events

T = TypeVar("T")
Params = Mapping[str, Any] | None
JsonBody = Mapping[str, Any] | None


_NO_OPTIONS: CallOptions = {}


class Voipbin(Resources, SyncView, BaseClient[httpx.Client]):
    """The synchronous client. ``with Voipbin(...) as vb:`` closes its connections.

    ``vb = Voipbin(token="...")``, or ``Voipbin()`` with VOIPBIN_TOKEN or VOIPBIN_ACCESSKEY set;
    every argument is described under ``Voipbin.__init__``. Every operation of the API is a
    method ``vb.<resource>.<verb>()`` (docs/api.md lists them), each taking the per-call
    options of ``voipbin.CallOptions``.
    """

    @classmethod
    def login(cls, username: str, password: str, **options: Any) -> Self:
        """POST <root>/auth/login and return a client using the token it answers.
        ``options`` are the constructor's (base_url, timeout, http_client...)."""
        client = cls._made(anonymous=True, **options)
        request = login_request(client.base_url, username, password)
        client._hidden = (password,)  # an error quoting the answer must not quote the password
        del password  # not a local of this frame while the request runs: tracebacks may show locals
        try:
            with login_errors():
                token = client._request(request, login_token)
        except BaseException:
            client.close()
            raise
        finally:
            client._hidden = ()
        client._use_credentials("token", token)
        return client

    @functools.cached_property
    def events(self) -> Events:
        """Real-time events: ``with vb.events.subscribe([voipbin.topic(...)]) as stream``."""
        from ._stream import Events  # on first use: a REST call does not need the stream

        return Events(self)

    def _request(self, request: Request, parse: Parser[T], options: CallOptions = _NO_OPTIONS) -> T:
        """Send one API call with retries; raise its error or return ``parse(response)``."""
        return self._parse(self._drive(self._prepare(request, options)), parse)

    @functools.cached_property
    def with_raw_response(self) -> SyncRawClient:
        """Every method answering a RawResponse (status, headers, request id, parsed value)."""
        return SyncRawClient(self)

    def get(self, path: str, *, cast_to: type[T], params: Params = None, **options: Unpack[CallOptions]) -> T:
        """GET a path the spec lacks (relative to base_url), with the same auth, retries and errors."""
        request = generic_request("get", path, params=params)
        return self._request(request, parser_for(cast_to), options)

    def post(
        self,
        path: str,
        *,
        cast_to: type[T],
        body: JsonBody = None,
        params: Params = None,
        **options: Unpack[CallOptions],
    ) -> T:
        """POST to a path the spec lacks; like every POST, never sent twice once it may have run."""
        request = generic_request("post", path, body=body, params=params)
        return self._request(request, parser_for(cast_to), options)

    def put(
        self,
        path: str,
        *,
        cast_to: type[T],
        body: JsonBody = None,
        params: Params = None,
        **options: Unpack[CallOptions],
    ) -> T:
        """PUT to a path the spec lacks."""
        request = generic_request("put", path, body=body, params=params)
        return self._request(request, parser_for(cast_to), options)

    def delete(self, path: str, *, cast_to: type[T], params: Params = None, **options: Unpack[CallOptions]) -> T:
        """DELETE a path the spec lacks."""
        request = generic_request("delete", path, params=params)
        return self._request(request, parser_for(cast_to), options)

    def _drive(self, plan: AttemptPlan) -> httpx.Response:
        step = next(plan)
        while not isinstance(step, httpx.Response):
            step = plan.send(self._sleep_for(step.seconds) if isinstance(step, Wait) else self._send(step))
        return step

    def _send(self, attempt: Attempt) -> AttemptOutcome:
        with self._sending(attempt):
            try:
                streamed = self._http.send(attempt.build(), stream=True, follow_redirects=False)
                try:
                    body = Body(streamed, attempt.ends, attempt.max_bytes, attempt.sink)
                    if not body.done:
                        for raw in streamed.iter_raw():
                            body.add(raw)
                            if body.done:
                                break
                finally:
                    streamed.close()
                return body.response()
            except httpx.HTTPError as exc:
                return exc

    @staticmethod
    def _http_client_type() -> type[httpx.Client]:
        return httpx.Client

    def _new_http(self, borrowed: httpx.Client | None) -> httpx.Client:
        if borrowed is None:
            return httpx.Client(cookies=refuse_cookies(), verify=tls_context())
        transport, hooks = Borrowed(borrowed), borrowed.event_hooks
        return httpx.Client(cookies=refuse_cookies(), verify=tls_context(), transport=transport, event_hooks=hooks)

    def _default_sleep(self) -> Callable[[float], None]:
        return time.sleep

    def close(self) -> None:
        """Close the event streams this client opened, and the connection pool unless it
        came from the caller (http_client=)."""
        if "events" in self.__dict__:
            self.events.close()
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncVoipbin(Resources, AsyncView, BaseClient[httpx.AsyncClient]):
    """The asyncio client. ``async with AsyncVoipbin(...) as avb:`` closes its connections.

    Takes the arguments of Voipbin, described under ``AsyncVoipbin.__init__``; http_client is
    an httpx.AsyncClient. Methods are awaited (``await avb.calls.get(id)``); list methods
    answer an async iterator (``async for call in avb.calls.list()``).
    """

    @classmethod
    async def login(cls, username: str, password: str, **options: Any) -> Self:
        """POST <root>/auth/login and return a client using the token it answers.
        ``options`` are the constructor's (base_url, timeout, http_client...)."""
        client = cls._made(anonymous=True, **options)
        request = login_request(client.base_url, username, password)
        client._hidden = (password,)  # an error quoting the answer must not quote the password
        del password  # not a local of this frame while the request runs: tracebacks may show locals
        try:
            with login_errors():
                token = await client._request(request, login_token)
        except BaseException:
            await client.close()
            raise
        finally:
            client._hidden = ()
        client._use_credentials("token", token)
        return client

    @functools.cached_property
    def events(self) -> AsyncEvents:
        """Real-time events: ``async with avb.events.subscribe([voipbin.topic(...)]) as stream``."""
        from ._stream import AsyncEvents

        return AsyncEvents(self)

    async def _request(self, request: Request, parse: Parser[T], options: CallOptions = _NO_OPTIONS) -> T:
        """Send one API call with retries; raise its error or return ``parse(response)``."""
        return self._parse(await self._drive(self._prepare(request, options)), parse)

    @functools.cached_property
    def with_raw_response(self) -> AsyncRawClient:
        """Every method answering a RawResponse (status, headers, request id, parsed value)."""
        return AsyncRawClient(self)

    async def get(self, path: str, *, cast_to: type[T], params: Params = None, **options: Unpack[CallOptions]) -> T:
        """GET a path the spec lacks (relative to base_url), with the same auth, retries and errors."""
        request = generic_request("get", path, params=params)
        return await self._request(request, parser_for(cast_to), options)

    async def post(
        self,
        path: str,
        *,
        cast_to: type[T],
        body: JsonBody = None,
        params: Params = None,
        **options: Unpack[CallOptions],
    ) -> T:
        """POST to a path the spec lacks; like every POST, never sent twice once it may have run."""
        request = generic_request("post", path, body=body, params=params)
        return await self._request(request, parser_for(cast_to), options)

    async def put(
        self,
        path: str,
        *,
        cast_to: type[T],
        body: JsonBody = None,
        params: Params = None,
        **options: Unpack[CallOptions],
    ) -> T:
        """PUT to a path the spec lacks."""
        request = generic_request("put", path, body=body, params=params)
        return await self._request(request, parser_for(cast_to), options)

    async def delete(self, path: str, *, cast_to: type[T], params: Params = None, **options: Unpack[CallOptions]) -> T:
        """DELETE a path the spec lacks."""
        request = generic_request("delete", path, params=params)
        return await self._request(request, parser_for(cast_to), options)

    async def _drive(self, plan: AttemptPlan) -> httpx.Response:
        step = next(plan)
        while not isinstance(step, httpx.Response):
            step = plan.send(await self._sleep_for(step.seconds) if isinstance(step, Wait) else await self._send(step))
        return step

    async def _send(self, attempt: Attempt) -> AttemptOutcome:
        with self._sending(attempt):
            try:
                streamed = await self._http.send(attempt.build(), stream=True, follow_redirects=False)
                try:
                    body = Body(streamed, attempt.ends, attempt.max_bytes, attempt.sink)
                    if not body.done:
                        async for raw in streamed.aiter_raw():
                            body.add(raw)
                            if body.done:
                                break
                finally:
                    await streamed.aclose()
                return body.response()
            except httpx.HTTPError as exc:
                return exc

    @staticmethod
    def _http_client_type() -> type[httpx.AsyncClient]:
        return httpx.AsyncClient

    def _new_http(self, borrowed: httpx.AsyncClient | None) -> httpx.AsyncClient:
        if borrowed is None:
            return httpx.AsyncClient(cookies=refuse_cookies(), verify=tls_context())
        transport, hooks = AsyncBorrowed(borrowed), borrowed.event_hooks
        return httpx.AsyncClient(cookies=refuse_cookies(), verify=tls_context(), transport=transport, event_hooks=hooks)

    def _default_sleep(self) -> Callable[[float], Coroutine[Any, Any, None]]:
        import asyncio  # here: a sync client's process need not load asyncio

        return asyncio.sleep

    async def close(self) -> None:
        """Close the event streams this client opened, and the connection pool unless it
        came from the caller (http_client=)."""
        if "events" in self.__dict__:
            await self.events.close()
        if self._owns_http:
            await self._http.aclose()

    aclose = close  # the name httpx uses

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()


class SyncRawClient(Resources, SyncRawView):
    """vb.with_raw_response: the namespaces of Voipbin, each method answering a RawResponse."""

    def __init__(self, client: Voipbin) -> None:
        self._client = client

    def _request(self, request: Request, parse: Parser[T], options: CallOptions) -> RawResponse[T]:
        return self._client._request(request, wrap_parser(parse), options)

    def _paginate(self, paginator: SyncPaginator[T]) -> RawResponse[Page[T]]:
        """A list method's first page."""
        return self._request(*paginator.first_page())


class AsyncRawClient(Resources, AsyncRawView):
    """avb.with_raw_response: the namespaces of AsyncVoipbin, each method answering a RawResponse."""

    def __init__(self, client: AsyncVoipbin) -> None:
        self._client = client

    async def _request(self, request: Request, parse: Parser[T], options: CallOptions) -> RawResponse[T]:
        return await self._client._request(request, wrap_parser(parse), options)

    def _paginate(self, paginator: AsyncPaginator[T]) -> Coroutine[Any, Any, RawResponse[Page[T]]]:
        """A list method's first page."""
        return self._request(*paginator.first_page())
