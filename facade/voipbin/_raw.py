"""``vb.with_raw_response``: every method, answering the parsed value with its HTTP details.

The raw client is the same namespaces over a requester that wraps each answer in a
RawResponse; a list method answers its first page (keep ``parsed.next_page_token`` and
pass it back as ``page_token=`` for the next one).
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar, Unpack

import httpx

from ._exceptions import request_id_of
from ._resources import AsyncResources, SyncResources
from ._types import CallOptions

if TYPE_CHECKING:
    from ._client import AsyncVoipbin, Voipbin
    from ._pagination import AsyncPaginator, Page, SyncPaginator

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class RawResponse(Generic[T]):
    """What the server answered: status, headers, request id, and the parsed value."""

    status_code: int
    headers: httpx.Headers
    request_id: str | None
    parsed: T

    def __repr__(self) -> str:
        return f"RawResponse(status_code={self.status_code}, request_id={self.request_id!r}, parsed={self.parsed!r})"


def raw(parse: Callable[[httpx.Response], T]) -> Callable[[httpx.Response], RawResponse[T]]:
    def parse_raw(response: httpx.Response) -> RawResponse[T]:
        return RawResponse(response.status_code, response.headers, request_id_of(response), parse(response))

    return parse_raw


class SyncRawClient(SyncResources):
    def __init__(self, client: Voipbin) -> None:
        self._client = client

    def _request(
        self, request: Mapping[str, Any], parse: Callable[[httpx.Response], T], **options: Unpack[CallOptions]
    ) -> RawResponse[T]:
        return self._client._request(request, raw(parse), **options)

    def _paginate(self, paginator: SyncPaginator[T]) -> RawResponse[Page[T]]:
        request, parse, options = paginator.first_page()
        return self._request(request, parse, **options)


class AsyncRawClient(AsyncResources):
    def __init__(self, client: AsyncVoipbin) -> None:
        self._client = client

    async def _request(
        self, request: Mapping[str, Any], parse: Callable[[httpx.Response], T], **options: Unpack[CallOptions]
    ) -> RawResponse[T]:
        return await self._client._request(request, raw(parse), **options)

    def _paginate(self, paginator: AsyncPaginator[T]) -> Coroutine[Any, Any, RawResponse[Page[T]]]:
        request, parse, options = paginator.first_page()
        return self._request(request, parse, **options)
