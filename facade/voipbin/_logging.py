"""The ``voipbin`` logger. VOIPBIN_LOG=debug or info switches it on (to stderr).

Log lines carry method, path (never the query: it may hold ?accesskey=), status,
attempt, elapsed time and request id; never a header or a body.
"""

from __future__ import annotations

import logging
import os
import re

from ._constants import ENV_LOG

logger = logging.getLogger("voipbin")


def setup_from_env() -> None:
    level = {"debug": logging.DEBUG, "info": logging.INFO}.get(os.environ.get(ENV_LOG, "").lower())
    if level is None or logger.handlers:
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level)


class RedactQuerySecrets(logging.Filter):
    """httpx and vcrpy log full URLs; with ``accesskey_in="query"`` they would carry the key."""

    PATTERN = re.compile(r"\b(accesskey|token)=[^&\s\"']+")
    REPLACEMENT = r"\1=REDACTED"

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = self.PATTERN.sub(self.REPLACEMENT, message)
        if redacted != message:
            record.msg, record.args = redacted, None
        return True


class RedactHeaderSecrets(RedactQuerySecrets):
    """websockets logs every handshake header at DEBUG ("> Authorization: Bearer ...")."""

    PATTERN = re.compile(r"(?im)^([<>] (?:authorization|cookie|set-cookie)):.*$")
    REPLACEMENT = r"\1: REDACTED"


def add_filter_once(name: str, kind: type[logging.Filter]) -> None:
    """Give the logger ``name`` a ``kind`` filter unless it has one. A logger's filter sees
    only its own records, not its children's: each logger that needs it is named."""
    named = logging.getLogger(name)
    if not any(isinstance(f, kind) for f in named.filters):
        named.addFilter(kind())


def redact_query_in_logs(*names: str) -> None:
    for name in names:
        add_filter_once(name, RedactQuerySecrets)
