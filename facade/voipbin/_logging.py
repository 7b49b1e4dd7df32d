"""The ``voipbin`` logger. VOIPBIN_LOG=debug or info switches it on (to stderr).

Log lines carry method, path (never the query: it may hold ?accesskey=), status,
attempt, elapsed time and request id; never a header or a body.

httpx and httpcore log too (their DEBUG lines show answer headers, a login's
Set-Cookie among them): every client puts a filter on their loggers that blanks
the credentials of the live clients, cookie values and ?accesskey=/?token=.
"""

from __future__ import annotations

import functools
import logging
import os
import re
import threading
import weakref
from typing import Protocol

from ._constants import ENV_LOG, REDACTED
from ._exceptions import secret_pattern

logger = logging.getLogger("voipbin")


def setup_from_env() -> None:
    level = {"debug": logging.DEBUG, "info": logging.INFO}.get(os.environ.get(ENV_LOG, "").lower())
    if level is None or logger.handlers:
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level)


class HasSecrets(Protocol):
    @property
    def _secrets(self) -> tuple[str, ...]: ...


# The clients alive now: their credentials are what the filter blanks (a login's token is
# known only once it is answered, so the set is read when a line is logged).
_clients: weakref.WeakSet[HasSecrets] = weakref.WeakSet()
_lock = threading.Lock()
# httpcore's loggers, one per module: a filter on "httpcore" would not see its children's lines.
HTTP_LOGGERS = (
    "httpx", "httpcore.connection", "httpcore.http11", "httpcore.http2", "httpcore.proxy", "httpcore.socks",
)  # fmt: skip


class RedactSecrets(logging.Filter):
    """httpx, httpcore and vcrpy log URLs and answer headers: blank ?accesskey= and ?token=,
    cookie values (httpcore prints a login's Set-Cookie token), and the live clients'
    credentials wherever they are echoed."""

    PATTERN = re.compile(r"\b(accesskey|token)=[^&\s\"']+")
    COOKIE = re.compile(r"((?:set-)?cookie['\"]?, b?['\"])[^'\"]*", re.IGNORECASE)

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = self.COOKIE.sub(rf"\1{REDACTED}", self.PATTERN.sub(rf"\1={REDACTED}", message))
        with _lock:
            secrets = frozenset(secret for client in _clients for secret in client._secrets)
        pattern = _pattern(secrets)
        if pattern is not None:
            redacted = pattern.sub(REDACTED, redacted)
        if redacted != message:
            record.msg, record.args = redacted, None
        return True


@functools.lru_cache(maxsize=8)
def _pattern(secrets: frozenset[str]) -> re.Pattern[str] | None:
    """Compiled once for a set of live credentials, not once per log line."""
    return secret_pattern(secrets)


def protect_http_logs(client: HasSecrets) -> None:
    """Keep ``client``'s credentials out of httpx's and httpcore's log lines."""
    with _lock:
        _clients.add(client)
    redact_in_logs(*HTTP_LOGGERS)


class RedactHeaderSecrets(logging.Filter):
    """websockets logs every handshake header at DEBUG ("> Authorization: Bearer ...")."""

    PATTERN = re.compile(r"(?im)^([<>] (?:authorization|cookie|set-cookie)):.*$")

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = self.PATTERN.sub(rf"\1: {REDACTED}", message)
        if redacted != message:
            record.msg, record.args = redacted, None
        return True


def add_filter_once(name: str, kind: type[logging.Filter]) -> None:
    """Give the logger ``name`` a ``kind`` filter unless it has one. A logger's filter sees
    only its own records, not its children's: each logger that needs it is named."""
    named = logging.getLogger(name)
    if not any(isinstance(f, kind) for f in named.filters):
        named.addFilter(kind())


def redact_in_logs(*names: str) -> None:
    for name in names:
        add_filter_once(name, RedactSecrets)
