"""``vb.with_raw_response``: every method, answering the parsed value with its HTTP details.

A raw-response namespace declares each method once, as ``raw(Routes.get)``: the same
function, typed to answer a RawResponse, called on a namespace whose requester wraps
each answer (the clients' raw views, voipbin/_client.py). A list method answers its
first page: keep ``parsed.next_page_token`` and pass it back as ``page_token=``.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from types import MethodType
from typing import TYPE_CHECKING, Any, Concatenate, Generic, ParamSpec, Self, TypeVar, overload

import httpx

from ._exceptions import request_id_of

if TYPE_CHECKING:
    from ._pagination import AsyncPaginator, Page, SyncPaginator

T = TypeVar("T")
R = TypeVar("R")
P = ParamSpec("P")


@dataclass(frozen=True, slots=True)
class RawResponse(Generic[T]):
    """What the server answered: status, headers, request id, and the parsed value."""

    status_code: int
    headers: httpx.Headers
    request_id: str | None
    parsed: T

    def __repr__(self) -> str:
        return f"RawResponse(status_code={self.status_code}, request_id={self.request_id!r}, parsed={self.parsed!r})"


def wrap_parser(parse: Callable[[httpx.Response], T]) -> Callable[[httpx.Response], RawResponse[T]]:
    """``parse``, answering the RawResponse around what it reads."""

    def parse_raw(response: httpx.Response) -> RawResponse[T]:
        return RawResponse(response.status_code, response.headers, request_id_of(response), parse(response))

    return parse_raw


class RawMethod(Generic[P, R]):
    """A namespace method, bound to a raw-response namespace and typed to answer ``R``."""

    def __init__(self, method: Callable[Concatenate[Any, P], Any]) -> None:
        self._method = method
        self.__doc__ = method.__doc__

    @overload
    def __get__(self, namespace: None, owner: type[Any]) -> Self: ...
    @overload
    def __get__(self, namespace: object, owner: type[Any]) -> Callable[P, R]: ...
    def __get__(self, namespace: object | None, owner: type[Any]) -> Any:
        return self if namespace is None else MethodType(self._method, namespace)


def raw(method: Callable[Concatenate[Any, P], R]) -> RawMethod[P, RawResponse[R]]:
    """A sync method, answering RawResponse."""
    return RawMethod(method)


def raw_page(method: Callable[Concatenate[Any, P], SyncPaginator[T]]) -> RawMethod[P, RawResponse[Page[T]]]:
    """A sync list method, answering its first page as a RawResponse."""
    return RawMethod(method)


def async_raw(
    method: Callable[Concatenate[Any, P], Coroutine[Any, Any, R]],
) -> RawMethod[P, Coroutine[Any, Any, RawResponse[R]]]:
    """An async method, answering RawResponse."""
    return RawMethod(method)


def async_raw_page(
    method: Callable[Concatenate[Any, P], AsyncPaginator[T]],
) -> RawMethod[P, Coroutine[Any, Any, RawResponse[Page[T]]]]:
    """An async list method, answering its first page as a RawResponse."""
    return RawMethod(method)
