"""Where requests may go: the schemes allowed, the server root, a download's redirect.

A credential sent over plain http:// crosses the network in clear, so http:// is
allowed only to this machine unless the caller says otherwise. A download's redirect,
which carries no credential, goes to https:// only: plain http:// only when the API
itself is plain http on this machine, or the caller allows insecure http.
"""

from __future__ import annotations

import contextlib
import ipaddress

import httpx

from ._constants import USER_AGENT
from ._exceptions import ResponseParseError


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


def root_url(base_url: str) -> str:
    """The server root, where /auth/login lives (it is not under /v1.0)."""
    return base_url.removesuffix("/v1.0")


def plain_http_allowed(base_url: str, allow_insecure_http: bool) -> bool:
    """Whether a download may be redirected to plain http://: when asked for, or when the API
    itself is plain http on this machine (a local server, whose storage is local too). An
    https API redirecting to http://localhost would make the SDK a blind client of this
    machine's local services."""
    url = httpx.URL(base_url)
    return allow_insecure_http or (url.scheme == "http" and is_loopback(url.host))


def storage_request(redirect: httpx.Response, plain_http: bool) -> httpx.Request:
    """A download's answer is a redirect to a presigned storage URL, fetched with no VoIPBIN
    credential, header, cookie or query (docs/server-behaviour.md#downloads-via-redirect).
    Only to https://, or to plain http:// when ``plain_http`` (see ``plain_http_allowed``)."""
    target = redirect.request.url.join(redirect.headers.get("location", ""))
    if target.scheme != "https" and not (plain_http and target.scheme == "http"):
        problem = f"the download was redirected to a {target.scheme or 'relative'} URL, not https"
        raise ResponseParseError(redirect, ValueError(f"{problem}: not followed"))
    return httpx.Request("GET", target, headers={"User-Agent": USER_AGENT})
