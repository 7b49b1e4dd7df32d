"""What the generated resource namespaces (voipbin/_resources/) stand on.

Each generated method builds a request dict (method, url, params, json) with the
helpers here and hands it to the client's ``_request`` with a parser for the
answer. Serialising values for the wire and parsing success answers are written
once here, for every operation, sync and async.
"""

from __future__ import annotations

import datetime
import enum
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, Protocol, TypeVar
from urllib.parse import quote
from uuid import UUID

import httpx
from voipbin_api.client import Client
from voipbin_api.types import File, Unset

from ._types import NotGiven

if TYPE_CHECKING:
    from ._pagination import Page

T = TypeVar("T")
Request = dict[str, Any]
Parser = Callable[[httpx.Response], Any]
TimeoutArg = float | httpx.Timeout | None | NotGiven
# A path id: a str or UUID. Unset is accepted so that ``vb.routes.get(route.id)``
# type-checks (the spec marks every id optional); it is refused at run time.
PathId = str | UUID | Unset

# The generated parsers read only raise_on_unexpected_status from their client.
_STRICT = Client(base_url="", raise_on_unexpected_status=True)


class SyncRequester(Protocol):
    def _request(
        self, request: Request, parse: Callable[[httpx.Response], T], *, timeout: TimeoutArg = ...,
        max_retries: int | NotGiven = ...,
    ) -> T: ...  # fmt: skip


class AsyncRequester(Protocol):
    async def _request(
        self, request: Request, parse: Callable[[httpx.Response], T], *, timeout: TimeoutArg = ...,
        max_retries: int | NotGiven = ...,
    ) -> T: ...  # fmt: skip


class SyncResource:
    """Base of the generated sync namespaces (vb.routes, vb.calls, ...)."""

    def __init__(self, client: SyncRequester) -> None:
        self._client = client


class AsyncResource:
    """Base of the generated async namespaces."""

    def __init__(self, client: AsyncRequester) -> None:
        self._client = client


def path(value: PathId) -> str:
    """A path parameter, quoted. Refused before any request: an empty id would address the
    collection, "." or ".." the parent (httpx resolves dot segments after quoting: a
    ``delete_tag(contact_id, "..")`` would delete the contact), None would become "None",
    and a control character is never part of an id."""
    if value is None or isinstance(value, Unset):
        raise ValueError("a path id must be a non-empty string or a UUID (this one is None or unset)")
    text = str(value)
    if text in ("", ".", ".."):
        raise ValueError(f"a path id must be a non-empty string or a UUID, not {text!r}")
    if any(char < " " or "\x7f" <= char <= "\x9f" for char in text):
        raise ValueError("a path id must not hold a control character (CR, LF, NUL...)")
    return quote(text, safe="")


def to_json(value: Any) -> Any:
    """A value as JSON: Address and generated models via to_dict, UUIDs and datetimes
    as strings, enums as their value; containers recursively, unset fields dropped."""
    if value is None or isinstance(value, str | int | float | bool):
        return value.value if isinstance(value, enum.Enum) else value
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, UUID):
        return str(value)
    if isinstance(value, datetime.datetime):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): to_json(v) for k, v in value.items() if not isinstance(v, Unset)}
    if isinstance(value, list | tuple):
        return [to_json(item) for item in value]
    raise TypeError(f"cannot send a {type(value).__name__} to the API: pass str, int, a model or a dict")


def query(params: Mapping[str, Any]) -> dict[str, Any]:
    """Query parameters that were given, as wire values."""
    return {k: to_json(v) for k, v in params.items() if v is not None and not isinstance(v, Unset)}


def body(fields: Mapping[str, Any], extra_body: Mapping[str, Any] | None) -> dict[str, Any]:
    """A JSON body of the given fields; extra_body adds fields the spec lacks."""
    sent = {k: to_json(v) for k, v in fields.items() if not isinstance(v, Unset)}
    if extra_body:
        sent.update(to_json(dict(extra_body)))
    return sent


def multipart(fields: Mapping[str, Any]) -> dict[str, Any]:
    """httpx arguments for a multipart body: File fields as files, the rest as form data."""
    given = {k: v for k, v in fields.items() if not isinstance(v, Unset)}
    files = {k: v.to_tuple() for k, v in given.items() if isinstance(v, File)}
    data = {k: str(to_json(v)) for k, v in given.items() if k not in files}
    return {"files": files, "data": data}


def success(parse_response: Callable[..., Any], statuses: Iterable[int]) -> Parser:
    """A parser for an operation's 2xx answer. A 2xx the spec does not declare for it
    is read as the declared one: the call succeeded, and must not look like it failed."""
    declared = tuple(statuses)
    if not declared:
        return raw_response

    def parse(response: httpx.Response) -> Any:
        if response.status_code not in declared:
            response = httpx.Response(declared[0], headers=response.headers, content=response.content)
        return parse_response(client=_STRICT, response=response)

    return parse


def raw_response(response: httpx.Response) -> httpx.Response:
    """For operations whose spec declares no 2xx body (downloads, websockets)."""
    return response


def page_parser(parse_response: Callable[..., Any], statuses: Iterable[int]) -> Callable[[httpx.Response], Page[Any]]:
    """A parser that turns any list answer into a Page: envelope, bare array,
    result-only, null result, token omitted or empty."""
    from ._pagination import Page

    parse = success(parse_response, statuses)

    def parse_page(response: httpx.Response) -> Page[Any]:
        parsed = parse(response)
        if parsed is None or isinstance(parsed, list):
            return Page(list(parsed or []), None)
        items = getattr(parsed, "result", None)
        token = getattr(parsed, "next_page_token", None)
        return Page(
            list(items) if isinstance(items, list) else [],
            token if isinstance(token, str) and token else None,
        )

    return parse_page
