"""Lazy iteration over every item of a list operation, across pages.

``vb.routes.list()`` returns a SyncPaginator: iterating it yields items and asks
for the next page only when the items of the current one are used up. ``.pages()``
yields Page objects (items and next_page_token) for callers that keep a cursor
between runs; pass it back as ``list(page_token=...)``. Memory holds one page.

Stop rules, for every shape VoIPBIN answers (docs/server-behaviour.md#pagination,
docs/server-behaviour.md#pagination-exceptions): an empty page; a missing or empty
next_page_token; a token equal to the one just sent (a server that repeats itself
would loop forever); and after the first page for operations that take no page_token
at all. A token sent earlier in the same
iteration (A, B, A) is a cycle: ResponseParseError, rather than looping forever.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from typing import Generic, TypeVar

import httpx

from ._exceptions import ResponseParseError
from ._options import CallOptions
from ._request import AsyncRequester, Request, SyncRequester

T = TypeVar("T")
ClientT = TypeVar("ClientT", SyncRequester, AsyncRequester)


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    """One page of a list: its items and the cursor for the next one (None at the end)."""

    items: list[T]
    next_page_token: str | None


def next_token(page: Page[T], sent: str | None, *, paginated: bool) -> str | None:
    """The token to ask for after ``page`` (fetched with ``sent``), or None to stop."""
    token = page.next_page_token
    if not paginated or not page.items or not token or token == sent:
        return None
    return token


class _Paginator(Generic[ClientT, T]):
    """The state both paginators share: whom to ask, how to ask for a page and read it."""

    def __init__(
        self,
        client: ClientT,
        request: Callable[[str | None], Request],
        parse: Callable[[httpx.Response], Page[T]],
        *,
        page_token: str | None = None,
        paginated: bool = True,
        options: CallOptions,
    ) -> None:
        self._client: ClientT = client
        self._request = request
        self._parse = parse
        self._first_token = page_token or None
        self._paginated = paginated
        self._options = options  # for each page's call (a deadline bounds one page, not the iteration)

    def __repr__(self) -> str:
        """``SyncPaginator(GET /routes, page_size=50)``: the operation and the arguments given
        (extra_query and the call options are not shown: they may carry what a caller keeps private)."""
        request = self._request(self._first_token)
        shown = [f"{request.method.upper()} {request.url}"]
        shown += [f"{name}={value!r}" for name, value in request.params.items()]
        return f"{type(self).__name__}({', '.join(shown)})"

    def first_page(self) -> tuple[Request, Callable[[httpx.Response], Page[T]], CallOptions]:
        """How to ask for the first page: for vb.with_raw_response, which answers one page."""
        return self._request(self._first_token), self._parser(set()), self._options

    def _parser(self, sent: set[str | None]) -> Callable[[httpx.Response], Page[T]]:
        """The page parser, refusing a next_page_token sent before in this iteration
        (``sent``, the tokens asked with so far, the last one excepted: see next_token)."""

        def parse(response: httpx.Response) -> Page[T]:
            page = self._parse(response)
            token = page.next_page_token
            if self._paginated and page.items and token and token in sent:
                cycle = ValueError(f"next_page_token {token!r} was already sent: the pages loop")
                raise ResponseParseError(response, cycle)
            return page

        return parse


class SyncPaginator(_Paginator[SyncRequester, T]):
    """Iterate items lazily; ``pages()`` for page-by-page access."""

    def pages(self) -> Iterator[Page[T]]:
        """Each page in turn (its items and next_page_token), fetched when the loop asks for it."""
        token, sent = self._first_token, set[str | None]()
        while True:
            request, parse = self._request(token), self._parser(sent)
            page = self._client._request(request, parse, self._options)
            yield page
            sent.add(token)
            token = next_token(page, token, paginated=self._paginated)
            if token is None:
                return

    def __iter__(self) -> Iterator[T]:
        for page in self.pages():
            yield from page.items


class AsyncPaginator(_Paginator[AsyncRequester, T]):
    """``async for`` over items lazily; ``pages()`` for page-by-page access."""

    async def pages(self) -> AsyncIterator[Page[T]]:
        """Each page in turn (its items and next_page_token), fetched when the loop asks for it."""
        token, sent = self._first_token, set[str | None]()
        while True:
            request, parse = self._request(token), self._parser(sent)
            page = await self._client._request(request, parse, self._options)
            yield page
            sent.add(token)
            token = next_token(page, token, paginated=self._paginated)
            if token is None:
                return

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.pages():
            for item in page.items:
                yield item
