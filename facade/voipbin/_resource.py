"""What the generated resource namespaces (voipbin/_resources/) stand on.

Each generated method builds a request dict (method, url, params, json) with the
helpers here and hands it to the client's ``_request`` with a parser for the
answer. Serialising values for the wire and parsing success answers are written
once here, for every operation, sync and async.
"""

from __future__ import annotations

import contextlib
import datetime
import enum
import io
import os
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Protocol, TypeVar, Unpack, cast
from urllib.parse import quote
from uuid import UUID

import httpx
from voipbin_api.types import File, Model, model_list

from ._body import WRITTEN
from ._ids import NIL_ID
from ._json import loads
from ._types import CallOptions, NotGiven

if TYPE_CHECKING:
    from ._pagination import Page

T = TypeVar("T")
P = TypeVar("P")
M = TypeVar("M", bound=Model)
Request = dict[str, Any]
TimeoutArg = float | httpx.Timeout | None | NotGiven
PathId = str | UUID


class SyncRequester(Protocol):
    def _request(self, request: Request, parse: Callable[[httpx.Response], T], **options: Unpack[CallOptions]) -> T: ...

    def _paginate(self, paginator: P) -> P: ...


class AsyncRequester(Protocol):
    async def _request(
        self, request: Request, parse: Callable[[httpx.Response], T], **options: Unpack[CallOptions]
    ) -> T: ...

    def _paginate(self, paginator: P) -> P: ...


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
    ``contacts.tags.delete(contact_id, "..")`` would delete the contact), None would become "None",
    and a control character is never part of an id."""
    if value is None:
        raise ValueError("a path id must be a non-empty string or a UUID (this one is None)")
    text = str(value)
    if text in ("", ".", ".."):
        raise ValueError(f"a path id must be a non-empty string or a UUID, not {text!r}")
    if any(char < " " or "\x7f" <= char <= "\x9f" for char in text):
        raise ValueError("a path id must not hold a control character (CR, LF, NUL...)")
    return quote(text, safe="")


def to_json(value: Any) -> Any:
    """A value as JSON: Address and generated models via to_dict, UUIDs and datetimes
    as strings, enums as their value; containers recursively, fields not given dropped."""
    if value is None or isinstance(value, str | int | float | bool):
        return value.value if isinstance(value, enum.Enum) else value
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, UUID):
        return str(value)
    if isinstance(value, datetime.datetime):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): to_json(v) for k, v in value.items() if not isinstance(v, NotGiven)}
    if isinstance(value, list | tuple):
        return [to_json(item) for item in value]
    raise TypeError(f"cannot send a {type(value).__name__} to the API: pass str, int, a model or a dict")


def query(params: Mapping[str, Any]) -> dict[str, Any]:
    """Query parameters that were given, as wire values."""
    return {k: to_json(v) for k, v in params.items() if v is not None and not isinstance(v, NotGiven)}


def body(fields: Mapping[str, Any], extra_body: Mapping[str, Any] | None) -> dict[str, Any]:
    """A JSON body of the given fields; extra_body adds fields the spec lacks."""
    sent = {k: to_json(v) for k, v in fields.items() if not isinstance(v, NotGiven)}
    if extra_body:
        sent.update(to_json(dict(extra_body)))
    return sent


def extra_json(extra_body: Mapping[str, Any] | None) -> dict[str, Any]:
    """httpx arguments for an operation the spec gives no body: only what extra_body adds."""
    return {"json": to_json(dict(extra_body))} if extra_body else {}


def multipart(fields: Mapping[str, Any]) -> dict[str, Any]:
    """httpx arguments for a multipart body: File fields as files, the rest as form data."""
    given = {k: v for k, v in fields.items() if not isinstance(v, NotGiven)}
    files = {k: v.to_tuple() for k, v in given.items() if isinstance(v, File)}
    data = {k: str(to_json(v)) for k, v in given.items() if k not in files}
    return {"files": files, "data": data}


def ref(value: Any) -> Any:
    """An optional reference as the server reads it: None means "no reference", which the
    handlers read from the nil UUID (``uuid.FromStringOrNil``, bin-api-manager/server/numbers.go:189)."""
    return NIL_ID if value is None else value


def json_body(response: httpx.Response) -> Any:
    """The JSON of a 2xx answer whatever its content type; None for an empty body."""
    content = response.content
    return loads(content) if content.strip() else None


def no_body(response: httpx.Response) -> None:
    """For operations that answer a bare status."""
    return None


def text_body(response: httpx.Response) -> str:
    """A text answer (an HTML page), decoded."""
    return response.text


def file_body(response: httpx.Response) -> File:
    """A file answer, whole, as the generated File type."""
    return File(payload=io.BytesIO(response.content), mime_type=response.headers.get("content-type"))


def model_parser(model: type[M], *, legacy: Callable[[Any], Any] | None = None) -> Callable[[httpx.Response], M]:
    """A parser for an answer that is one model; ``legacy`` first turns older shapes into today's."""
    from_dict = model.from_dict

    def parse_model(response: httpx.Response) -> M:
        data = json_body(response)
        return from_dict(legacy(data) if legacy else data)

    return parse_model


def list_parser(model: type[M]) -> Callable[[httpx.Response], list[M]]:
    """A parser for an answer that is a bare array of models."""
    name = model.__name__

    def parse_list(response: httpx.Response) -> list[M]:
        return model_list(model, json_body(response), name, "")

    return parse_list


def calls_envelope(data: Any) -> Any:
    """POST /calls as today's ``{"calls", "groupcalls"}`` from the older shapes the docs
    and older servers show: a bare array of calls, or one call object."""
    if isinstance(data, list):
        return {"calls": data, "groupcalls": []}
    if isinstance(data, dict) and "calls" not in data and "groupcalls" not in data and "id" in data:
        return {"calls": [data], "groupcalls": []}
    return data


def page_parser(model: type[M] | None) -> Callable[[httpx.Response], Page[Any]]:
    """A parser that turns any list answer into a Page: envelope, bare array,
    result-only, null result, token omitted or empty."""
    from ._pagination import Page

    name = model.__name__ if model else ""

    def items_of(value: Any) -> list[Any]:
        if value is None:
            return []
        return model_list(model, value, name, "") if model else list(value)

    def parse_page(response: httpx.Response) -> Page[Any]:
        data = json_body(response)
        if not isinstance(data, dict):
            return Page(items_of(data), None)
        token = data.get("next_page_token")
        return Page(items_of(data.get("result")), token if isinstance(token, str) and token else None)

    return parse_page


def parser_for(cast_to: type[T]) -> Callable[[httpx.Response], T]:
    """How vb.get/post/put/delete read an answer: a model's from_dict, bytes, text, nothing
    (``type(None)``), or the JSON as it is (dict, list, object)."""
    chosen: Callable[[httpx.Response], Any]
    if isinstance(cast_to, type) and issubclass(cast_to, Model):
        chosen = model_parser(cast_to)
    elif cast_to is bytes:
        chosen = raw_bytes
    else:
        chosen = {str: text_body, type(None): no_body}.get(cast_to, json_body)
    return cast("Callable[[httpx.Response], T]", chosen)


def raw_bytes(response: httpx.Response) -> bytes:
    return response.content


def generic_request(
    method: str, path: str, *, body: Mapping[str, Any] | None = None, params: Mapping[str, Any] | None = None
) -> Request:
    """A request for a path the spec lacks, under base_url."""
    if not path.startswith("/") or path.startswith("//"):
        raise ValueError(f"path must start with one '/', relative to base_url (like '/routes'), not {path!r}")
    request: Request = {"method": method, "url": path, "params": query(params or {})}
    if body is not None:
        request["json"] = to_json(dict(body))
    return request


Destination = str | os.PathLike[str] | BinaryIO


def bytes_written(response: httpx.Response) -> int:
    return int(response.extensions[WRITTEN])


@contextlib.contextmanager
def download(request: Request, to: Destination | None) -> Iterator[tuple[Request, Callable[[httpx.Response], Any]]]:
    """A download's request and parser: the file's bytes in memory (``to=None``, within
    max_response_bytes), or written to ``to`` chunk by chunk in bounded memory. A path is
    written beside itself under a temporary name and renamed into place once whole, so a
    failed download never leaves a partial file."""
    if to is None:
        yield {**request, "download": True}, raw_bytes
        return
    if not isinstance(to, str | os.PathLike):
        yield {**request, "download": True, "sink": to}, bytes_written
        return
    import tempfile  # only downloads to a path need it

    target = os.fspath(to)
    handle, partial = tempfile.mkstemp(dir=os.path.dirname(os.path.abspath(target)), prefix=".voipbin-download-")
    try:
        with os.fdopen(handle, "w+b") as sink:
            yield {**request, "download": True, "sink": sink}, bytes_written
        os.replace(partial, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(partial)
        raise
