"""What a caller may give: the NOT_GIVEN sentinel, and the options of every call (CallOptions).

The resolved limits of one call are ``_retry.Limits``; the request itself is ``_request.Request``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final, Literal, TypedDict

import httpx


class NotGiven:
    """The "not given" sentinel, distinct from None (None means "no timeout")."""

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()

Timeout = float | httpx.Timeout | None
AccesskeyIn = Literal["cookie", "query"]


class CallOptions(TypedDict, total=False):
    """What one call may set for itself, beside the client's defaults: every API method takes
    these keywords (``vb.calls.get(id, timeout=5)``); its docstring points here, so that each is
    described once. Methods sending a JSON body also take ``extra_body``.

    Attributes:
        timeout: Seconds for one attempt, an httpx.Timeout, or None for no limit.
        max_retries: Retries of a failed attempt that may be retried (a POST once sent is never resent).
        deadline: Seconds for the whole call, retries and their waits included; None for no bound.
        max_response_bytes: The largest answer read; a larger one is a ResponseParseError.
        extra_headers: Headers added to this call (a credential header among them is dropped).
        extra_query: Query parameters added to this call.
    """

    timeout: Timeout | NotGiven
    max_retries: int | NotGiven
    deadline: float | NotGiven | None
    max_response_bytes: int | NotGiven
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
