"""What one operation sends: the ``Request`` the generated methods build, and the wire
helpers they build it with (path segments, query, JSON and multipart bodies).

Serialising values for the wire is written once here, for every operation, sync and
async; the core (``_base_client``) reads a Request by attribute and adds what every
call shares (base URL, headers, credential, request id).
"""

from __future__ import annotations

import datetime
import enum
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol, TypeVar
from urllib.parse import quote
from uuid import UUID

from voipbin_api.runtime import File

from ._ids import NIL_ID
from ._options import CallOptions, NotGiven

if TYPE_CHECKING:
    import httpx

    from ._body import Sink

T = TypeVar("T")
P = TypeVar("P")
PathId = str | UUID


@dataclass(frozen=True, slots=True)
class Request:
    """One operation's request, before the client adds what every call shares.

    ``url`` is a path under base_url (under the server root with ``at_root``), or an
    absolute URL. ``json`` None sends no JSON body; ``form`` is a multipart body (File
    values as files, the rest as text fields). A ``download`` follows the server's
    redirect to the file's storage host (docs/server-behaviour.md#downloads-via-redirect) and writes a
    2xx body to ``sink`` when one is given, else keeps it in memory.
    """

    method: str
    url: str
    params: Mapping[str, Any] = field(default_factory=dict)
    json: Any = None
    form: Mapping[str, Any] | None = None
    content: bytes | None = None
    headers: Mapping[str, str] = field(default_factory=dict)
    at_root: bool = False
    download: bool = False
    sink: Sink | None = None

    def __repr__(self) -> str:
        """Method and URL only: a body may hold a password or another secret."""
        return f"Request({self.method.upper()} {self.url})"

    def multipart(self) -> tuple[dict[str, str] | None, dict[str, Any] | None]:
        """httpx's ``data`` and ``files`` for the form, or (None, None) without one."""
        if self.form is None:
            return None, None
        given = {k: v for k, v in self.form.items() if not isinstance(v, NotGiven)}
        files = {k: v.to_tuple() for k, v in given.items() if isinstance(v, File)}
        return {k: str(to_json(v)) for k, v in given.items() if k not in files}, files


class SyncRequester(Protocol):
    """Whom a sync namespace sends its requests to: the client, or its raw-response view."""

    def _request(self, request: Request, parse: Callable[[httpx.Response], T], options: CallOptions) -> T: ...

    def _paginate(self, paginator: P) -> P: ...


class AsyncRequester(Protocol):
    """Whom an async namespace sends its requests to."""

    async def _request(self, request: Request, parse: Callable[[httpx.Response], T], options: CallOptions) -> T: ...

    def _paginate(self, paginator: P) -> P: ...


def path_segment(value: PathId) -> str:
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


def query_params(params: Mapping[str, Any]) -> dict[str, Any]:
    """Query parameters that were given, as wire values."""
    return {k: to_json(v) for k, v in params.items() if v is not None and not isinstance(v, NotGiven)}


def json_fields(fields: Mapping[str, Any], extra_body: Mapping[str, Any] | None) -> dict[str, Any]:
    """A JSON body of the given fields; extra_body adds fields the spec lacks."""
    sent = {k: to_json(v) for k, v in fields.items() if not isinstance(v, NotGiven)}
    if extra_body:
        sent.update(to_json(dict(extra_body)))
    return sent


def extra_fields(extra_body: Mapping[str, Any] | None) -> dict[str, Any] | None:
    """The body of an operation the spec gives none: only what extra_body adds (None: no body)."""
    return to_json(dict(extra_body)) if extra_body else None


def reference(value: Any) -> Any:
    """An optional reference as the server reads it: None means "no reference", which the
    handlers read from the nil UUID (docs/server-behaviour.md#nil-uuid-means-no-reference)."""
    return NIL_ID if value is None else value


def generic_request(
    method: str, path: str, *, body: Mapping[str, Any] | None = None, params: Mapping[str, Any] | None = None
) -> Request:
    """A request for a path the spec lacks, under base_url."""
    if not path.startswith("/") or path.startswith("//"):
        raise ValueError(f"path must start with one '/', relative to base_url (like '/routes'), not {path!r}")
    return Request(method, path, query_params(params or {}), None if body is None else to_json(dict(body)))
