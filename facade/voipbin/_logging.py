"""The ``voipbin`` logger. VOIPBIN_LOG=debug or info switches it on (to stderr).

Log lines carry method, path (never the query: it may hold ?accesskey=), status,
attempt, elapsed time and request id; never a header or a body.
"""

from __future__ import annotations

import logging
import os

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
