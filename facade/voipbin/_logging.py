"""The ``voipbin`` logger. VOIPBIN_LOG=debug or info switches it on (to stderr).

Log lines carry method, path (never the query: it may hold ?accesskey=), status,
attempt, elapsed time and request id; never a header or a body.

httpx and httpcore log too (their DEBUG lines show answer headers, a login's
Set-Cookie among them): a filter on their loggers blanks Authorization, Cookie and
Set-Cookie values and ?accesskey=/?token= by their place, and the credential of the
client whose request is being sent, wherever it is echoed. Only that client's: the
cost of a line does not grow with the number of clients alive.
"""

from __future__ import annotations

import contextvars
import functools
import logging
import os
import re

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


# The credentials of the client sending a request in this thread or task: what httpx and
# httpcore log while it is sent is that client's (set around each attempt by the clients).
SENDING: contextvars.ContextVar[tuple[str, ...]] = contextvars.ContextVar("voipbin_sending", default=())
# httpcore's loggers, one per module: a filter on "httpcore" would not see its children's lines.
HTTP_LOGGERS = (
    "httpx", "httpcore.connection", "httpcore.http11", "httpcore.http2", "httpcore.proxy", "httpcore.socks",
)  # fmt: skip


class RedactSecrets(logging.Filter):
    """httpx, httpcore and vcrpy log URLs and answer headers: blank ?accesskey= and ?token=,
    Authorization, Cookie and Set-Cookie values (httpcore prints a login's Set-Cookie
    token), and the sending client's credential wherever it is echoed."""

    PATTERN = re.compile(r"\b(accesskey|token)=[^&\s\"']+")
    HEADERS = re.compile(r"((?:set-cookie|cookie|authorization)['\"]?, b?['\"])[^'\"]*", re.IGNORECASE)

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = self.HEADERS.sub(rf"\1{REDACTED}", self.PATTERN.sub(rf"\1={REDACTED}", message))
        pattern = _pattern(SENDING.get())
        if pattern is not None:
            redacted = pattern.sub(REDACTED, redacted)
        if redacted != message:
            record.msg, record.args = redacted, None
        return True


@functools.lru_cache(maxsize=64)
def _pattern(secrets: tuple[str, ...]) -> re.Pattern[str] | None:
    """Compiled once for a client's credentials, not once per log line."""
    return secret_pattern(secrets)


def protect_http_logs() -> None:
    """Keep credentials out of httpx's and httpcore's log lines."""
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
