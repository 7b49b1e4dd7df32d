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
    """What one call may set for itself, beside the client's defaults (every method takes these)."""

    timeout: Timeout | NotGiven
    max_retries: int | NotGiven
    deadline: float | NotGiven | None
    max_response_bytes: int | NotGiven
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
