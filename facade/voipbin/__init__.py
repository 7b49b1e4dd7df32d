"""voipbin: the Python SDK for the VoIPBIN API.

from voipbin import Voipbin, Address
vb = Voipbin(token="...")          # or VOIPBIN_TOKEN / VOIPBIN_ACCESSKEY
for route in vb.routes.list(): ...
"""

from typing import TYPE_CHECKING, Any

from ._address import Address
from ._client import AsyncVoipbin, Voipbin
from ._exceptions import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    EventStreamError,
    InternalServerError,
    NotFoundError,
    PaymentRequiredError,
    PermissionDeniedError,
    RateLimitError,
    ResponseParseError,
    ServiceUnavailableError,
    VoipbinError,
    WebhookSignatureError,
)
from ._ids import NIL_ID, is_nil_id
from ._options import NOT_GIVEN, CallOptions, NotGiven
from ._pagination import AsyncPaginator, Page, SyncPaginator
from ._timestamps import deleted_at, is_deleted, parse_timestamp
from ._version import __version__

if TYPE_CHECKING:
    from . import webhooks
    from ._event_types import EVENT_TYPES, EventType
    from ._events import Event
    from ._stream import AsyncEventStream, EventStream
    from ._topics import topic

# What a REST call does not need loads when first named (``voipbin.webhooks``, ``voipbin.Event``...),
# not with ``import voipbin``: the event stream, its types and the webhook helpers cost more at
# start-up than the REST client itself (tests/packaging/test_cold_start.py keeps it so).
_LAZY = {
    "webhooks": ".webhooks", "EVENT_TYPES": "._event_types", "EventType": "._event_types", "Event": "._events",
    "AsyncEventStream": "._stream", "EventStream": "._stream", "topic": "._topics",
}  # fmt: skip


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    loaded = import_module(module, __name__)
    value = loaded if name == "webhooks" else getattr(loaded, name)
    globals()[name] = value
    return value


__all__ = [
    "EVENT_TYPES",
    "NIL_ID",
    "NOT_GIVEN",
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "Address",
    "AsyncEventStream",
    "AsyncPaginator",
    "AsyncVoipbin",
    "AuthenticationError",
    "BadRequestError",
    "CallOptions",
    "ConflictError",
    "Event",
    "EventStream",
    "EventStreamError",
    "EventType",
    "InternalServerError",
    "NotFoundError",
    "NotGiven",
    "Page",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseParseError",
    "ServiceUnavailableError",
    "SyncPaginator",
    "Voipbin",
    "VoipbinError",
    "WebhookSignatureError",
    "__version__",
    "deleted_at",
    "is_deleted",
    "is_nil_id",
    "parse_timestamp",
    "topic",
    "webhooks",
]


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
