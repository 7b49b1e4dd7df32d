"""Everything the SDK raises. Errors are raised, never returned.

    VoipbinError                       base of everything the SDK raises
    ├── APIConnectionError             could not reach the server (or lost it)
    │   └── APITimeoutError
    ├── APIError                       the server answered with an error status
    │   ├── BadRequestError            400
    │   ├── AuthenticationError        401 (and a rejected login)
    │   ├── PaymentRequiredError       402
    │   ├── PermissionDeniedError      403
    │   ├── NotFoundError              404
    │   ├── ConflictError              409
    │   ├── RateLimitError             429, .retry_after
    │   ├── InternalServerError        500 and any other 5xx
    │   └── ServiceUnavailableError    503
    ├── ResponseParseError             a 2xx whose body did not fit its model
    ├── WebhookSignatureError          a webhook body whose signature does not verify
    └── EventStreamError               the event stream cannot go on (topics or connection refused)

Branch on ``error.reason`` (``"ROUTE_NOT_FOUND"``, ...): it is open-ended, the
server adds reasons over time (docs/server-behaviour.md#error-reasons-are-open). The
body's shapes: docs/server-behaviour.md#error-envelope and
docs/server-behaviour.md#bodies-without-the-envelope.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, quote_plus

import httpx
from voipbin_api.runtime import FieldError

from ._constants import MAX_BODY_IN_MESSAGE, REDACTED

__all__ = [
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "EventStreamError",
    "InternalServerError",
    "NotFoundError",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseParseError",
    "ServiceUnavailableError",
    "VoipbinError",
    "WebhookSignatureError",
]


class VoipbinError(Exception):
    """Base of everything the SDK raises."""

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled as its message and attributes, without ``response``: a response holds its
        request and so the credential, and the constructors' arguments cannot be rebuilt
        from ``args`` (a multiprocessing pool would hang on an error it cannot unpickle)."""
        state = vars(self) | ({"response": None} if hasattr(self, "response") else {})
        return _unpickle, (type(self), self.args, state)


def _unpickle(cls: type[VoipbinError], args: tuple[Any, ...], state: dict[str, Any]) -> VoipbinError:
    error = cls.__new__(cls)
    Exception.__init__(error, *args)
    error.__dict__.update(state)
    return error


class APIConnectionError(VoipbinError):
    """The server could not be reached, or the connection broke before an answer."""

    def __init__(self, message: str, *, request_id: str | None = None) -> None:
        self.request_id = request_id
        suffix = f" (request_id={request_id})" if request_id else ""
        super().__init__(message + suffix)


class APITimeoutError(APIConnectionError):
    """The server did not answer in time. A POST may still have been carried out."""


@dataclass(frozen=True, slots=True)
class ErrorBody:
    """What an error answer says, whatever shape it came in."""

    status: str | None = None
    reason: str | None = None
    message: str | None = None
    request_id: str | None = None
    details: list[Any] | None = None


def parse_error_body(content: bytes) -> ErrorBody:
    """Read an error body: the canonical envelope, the two older shapes the docs
    show, JSON sent as text/plain, empty bodies, HTML or other text. Never raises."""
    text = content.decode("utf-8", errors="replace").strip()
    if not text:
        return ErrorBody()
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):  # RecursionError: JSON nested deeper than Python's stack
        return ErrorBody(message=_quote(text))
    if not isinstance(data, dict):
        return ErrorBody(message=_quote(text))
    error = data.get("error")
    if isinstance(error, dict):  # canonical, or {"error": {"code", "message", "field"}}
        details = error.get("details")
        if details is None and error.get("field") is not None:
            details = [{"field": error.get("field")}]
        return ErrorBody(
            status=_str(error.get("status")),
            reason=_str(error.get("reason")) or _str(error.get("code")),
            message=_str(error.get("message")) or _str(data.get("message")),
            request_id=_str(error.get("request_id")),
            details=details if isinstance(details, list) else None,
        )
    if isinstance(error, str):  # {"error": "code", "message": "..."}
        return ErrorBody(reason=error, message=_str(data.get("message")), request_id=_str(data.get("request_id")))
    return ErrorBody(message=_str(data.get("message")) or _quote(text))


def secret_pattern(secrets: Iterable[str]) -> re.Pattern[str] | None:
    """Matches each secret as it is, URL-encoded and JSON-escaped, only where it stands
    whole: an edge that is a letter or digit must not touch another one (with token="r",
    "error" stays "error"). None when there is no secret."""
    forms = {
        form
        for secret in secrets
        if secret
        for form in (
            secret, quote(secret, safe=""), quote_plus(secret, safe=""), json.dumps(secret)[1:-1],
            json.dumps(secret, ensure_ascii=False)[1:-1], json.dumps(secret)[1:-1].replace("/", "\\/"),
        )
    }  # fmt: skip
    if not forms:
        return None
    return re.compile("|".join(_whole(form) for form in sorted(forms, key=len, reverse=True)))


def _whole(form: str) -> str:
    before = "(?<![A-Za-z0-9])" if form[0].isascii() and form[0].isalnum() else ""
    after = "(?![A-Za-z0-9])" if form[-1].isascii() and form[-1].isalnum() else ""
    return before + re.escape(form) + after


def redact(text: str, secrets: Iterable[str]) -> str:
    """``text`` with every secret replaced: a server or a library may echo a credential back."""
    pattern = secret_pattern(secrets)
    return text if pattern is None else pattern.sub(REDACTED, text)


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def _quote(text: str) -> str:
    """On one line, at most MAX_BODY_IN_MESSAGE characters: an HTML page must not flood a log.
    Only the head is looked at, so a 50 MB body costs no more than a short one."""
    head = text[: MAX_BODY_IN_MESSAGE * 4]
    line = " ".join(head.split())
    if len(line) <= MAX_BODY_IN_MESSAGE and len(head) == len(text):
        return line
    return line[:MAX_BODY_IN_MESSAGE] + "…"


class APIError(VoipbinError):
    """The server answered with an error status."""

    def __init__(self, response: httpx.Response, body: ErrorBody, message: str | None = None) -> None:
        self.response = response
        self.status_code: int = response.status_code
        self.status: str | None = body.status
        self.reason: str | None = body.reason
        self.message: str = message or body.message or response.reason_phrase or "error"
        self.details: list[Any] | None = body.details
        self.request_id: str | None = body.request_id or request_id_of(response)
        super().__init__(self._line())

    def _line(self) -> str:
        parts = [f"{self.status_code}"]
        if self.reason:
            parts.append(self.reason)
        line = " ".join(parts) + f": {_quote(self.message)}"
        return line + (f" (request_id={self.request_id})" if self.request_id else "")


def request_id_of(response: httpx.Response) -> str | None:
    """The answer's X-Request-Id, else the one the SDK sent (the server echoes it:
    docs/server-behaviour.md#request-id-echo)."""
    request_id: str | None = response.headers.get("x-request-id")
    if not request_id:
        with contextlib.suppress(RuntimeError):  # a response built without its request has none
            request_id = response.request.headers.get("x-request-id")
    return request_id


class BadRequestError(APIError):
    """400: the request is malformed or a field is invalid."""


class AuthenticationError(APIError):
    """401: no credential, or a bad or expired one (also a rejected login)."""


class PaymentRequiredError(APIError):
    """402: not enough balance for the operation."""


class PermissionDeniedError(APIError):
    """403: authenticated but not allowed (also a frozen account)."""


class NotFoundError(APIError):
    """404: the resource (or the URL) does not exist."""


class ConflictError(APIError):
    """409: already exists, or the resource is in the wrong state."""


class RateLimitError(APIError):
    """429: rate limited. ``retry_after`` is the server's Retry-After in seconds, if any."""

    def __init__(self, response: httpx.Response, body: ErrorBody, retry_after: float | None = None) -> None:
        self.retry_after = retry_after
        super().__init__(response, body)


class InternalServerError(APIError):
    """500, and any 5xx without a class of its own."""


class ServiceUnavailableError(APIError):
    """503: a backend did not answer in time. A POST may still have been carried out."""


class ResponseParseError(VoipbinError):
    """A 2xx answer whose body did not fit its model; ``response`` keeps the raw answer."""

    def __init__(self, response: httpx.Response, cause: BaseException, secrets: Iterable[str] = ()) -> None:
        self.response = response
        self.request_id: str | None = request_id_of(response)
        # A FieldError already names the model and field: "Route.priority: expected int, ..."
        described = str(cause) if isinstance(cause, FieldError) else f"{type(cause).__name__}: {cause}"
        problem = _quote(redact(described, secrets))
        super().__init__(
            f"{response.status_code} answer did not fit the expected model: {problem}"
            + (f" (request_id={self.request_id})" if self.request_id else "")
        )


class WebhookSignatureError(VoipbinError):
    """A webhook delivery whose X-VoIPBIN-Signature does not verify: do not act on it."""


class EventStreamError(VoipbinError):
    """The event stream cannot go on: reconnecting would only be refused again.
    ``topics`` are the topics the server refused, if that is why."""

    def __init__(self, message: str, *, topics: Iterable[str] = ()) -> None:
        self.topics: tuple[str, ...] = tuple(topics)
        super().__init__(message)


# Every status the server sends (docs/server-behaviour.md#status-codes); 429 has its own class.
_BY_STATUS: dict[int, type[APIError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    402: PaymentRequiredError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    500: InternalServerError,
    503: ServiceUnavailableError,
}


def error_for(response: httpx.Response, retry_after: float | None = None, secrets: Iterable[str] = ()) -> APIError:
    """The exception for an error answer, chosen by status code; ``secrets`` are blanked out of it."""
    content = response.content
    pattern = secret_pattern(secrets)
    if pattern is not None:
        content = pattern.sub(REDACTED, content.decode("utf-8", "surrogateescape")).encode("utf-8", "surrogateescape")
    body = parse_error_body(content)
    if response.status_code == 429:
        return RateLimitError(response, body, retry_after)
    cls = _BY_STATUS.get(response.status_code)
    if cls is None:
        cls = InternalServerError if response.status_code >= 500 else APIError
    return cls(response, body)
