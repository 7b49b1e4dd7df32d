"""Every default of the SDK, in one place."""

from __future__ import annotations

import sys

import httpx

from ._version import __version__

_PYTHON = ".".join(map(str, sys.version_info[:3]))  # not platform.python_version(): it costs 12 ms at import
USER_AGENT = f"voipbin-python/{__version__} python/{_PYTHON} httpx/{httpx.__version__}"
DEFAULT_BASE_URL = "https://api.voipbin.net/v1.0"
# Connect fails fast; the server may take long to answer a call-control request.
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
# The whole of one call, its retries and Retry-After waits included (deadline=; None: no bound).
DEFAULT_DEADLINE = 180.0
# Decoded bytes of one answer (max_response_bytes=): a VoIPBIN page of 100 items is well under
# 1 MB, so a body past this is an endless stream or a compression bomb. An error answer past
# it is read up to it (its message quotes the head); a 2xx raises ResponseParseError.
DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024
# An error answer (or a redirect) is read up to this much at most: its envelope is a few
# hundred bytes, and an HTML error page of 50 MB need not be read whole to quote its head.
MAX_ERROR_BODY_BYTES = 1024 * 1024
# Backoff: full jitter over min(MAX_BACKOFF, INITIAL_BACKOFF * 2**attempt) seconds.
INITIAL_BACKOFF = 0.5
MAX_BACKOFF = 8.0
# A Retry-After longer than this is not slept: RateLimitError is raised at once.
MAX_RETRY_AFTER = 60.0
# How much of a body that is not the error envelope an error message quotes.
MAX_BODY_IN_MESSAGE = 500
# What a credential is replaced with in messages and cassettes.
REDACTED = "REDACTED"

# Real-time events (WebSocket): the server pings every 10 s and drops a peer silent for 60 s
# (docs/server-behaviour.md#event-stream-ping). Nothing heard for this long, not even a ping
# or a pong, means the connection is dead: it is dropped and replaced.
EVENTS_SILENCE_LIMIT = 30.0
EVENTS_OPEN_TIMEOUT = 10.0
EVENTS_CLOSE_TIMEOUT = 2.0
# A connection the server closes this soon after a subscribe is taken as that subscribe refused:
# it closes without an error frame (docs/server-behaviour.md#refused-topic-closes-the-connection).
EVENTS_REFUSAL_WINDOW = 2.0
# Bounded buffering: at most this many frames, each at most this many bytes, wait unread.
# Past that the SDK stops reading the socket and TCP pushes back on the server
# (docs/server-behaviour.md#event-buffering).
EVENTS_MAX_QUEUE = 16
EVENTS_MAX_FRAME = 1024 * 1024

WEBHOOK_SIGNATURE_HEADER = "X-VoIPBIN-Signature"

ENV_TOKEN = "VOIPBIN_TOKEN"
ENV_ACCESSKEY = "VOIPBIN_ACCESSKEY"
ENV_ACCESSKEY_ALIAS = "VOIPBIN_API_KEY"  # the name the official VoIPBIN MCP server uses
ENV_BASE_URL = "VOIPBIN_BASE_URL"
ENV_LOG = "VOIPBIN_LOG"
