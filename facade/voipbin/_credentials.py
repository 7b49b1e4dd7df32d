"""Who calls: the credential, where each request carries it, and keeping it out of sight.

The SDK's own credential always decides who calls: headers a caller adds (per call,
as defaults, or on their http_client) never carry one, and the server ranks a cookie
above a header, so one stray credential would silently change the caller. A credential
is checked before it is used (it must fit a header and a cookie as it is), and what
could show it (a repr, a traceback's locals) shows its length only.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

import httpx

from ._constants import ENV_ACCESSKEY, ENV_ACCESSKEY_ALIAS, ENV_TOKEN
from ._exceptions import VoipbinError
from ._options import AccesskeyIn

Kind = Literal["token", "accesskey"]


def resolve_credentials(token: str | None, accesskey: str | None) -> tuple[Kind, str]:
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


@dataclass(frozen=True, slots=True)
class Credential:
    """The client's credential (``kind`` None: none, for login) and what it puts on a request:
    a token as a Bearer header, an access key as a cookie, or in the query when
    ``accesskey_in="query"`` asks for it (it then shows in URLs and logs)."""

    kind: Kind | None = None
    secret: str = field(default="", repr=False)
    accesskey_in: AccesskeyIn = "cookie"

    def __post_init__(self) -> None:
        if self.kind:
            check_secret(self.kind, self.secret)

    def headers(self) -> dict[str, str]:
        """What every request carries as headers, unless the access key goes in the query."""
        return {} if self.kind == "accesskey" and self.accesskey_in == "query" else self.stream_headers()

    def query(self) -> dict[str, str]:
        return {"accesskey": self.secret} if self.kind == "accesskey" and self.accesskey_in == "query" else {}

    def stream_headers(self) -> dict[str, str]:
        """The credential as a header or cookie whatever ``accesskey_in`` says: for the
        WebSocket, whose URL must never carry it."""
        if self.kind == "token":
            return {"Authorization": f"Bearer {self.secret}"}
        return {"Cookie": f"accesskey={self.secret}"} if self.kind == "accesskey" else {}


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


class HiddenBytes(bytes):
    """A request body whose repr does not show it: tracebacks that capture frame locals
    (error trackers, debuggers, pytest --showlocals) would print a login's password."""

    def __repr__(self) -> str:
        return f"<{len(self)} bytes, not shown>"
