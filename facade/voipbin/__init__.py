"""voipbin: the Python SDK for the VoIPBIN API.

from voipbin import Voipbin, Address
vb = Voipbin(token="...")          # or VOIPBIN_TOKEN / VOIPBIN_ACCESSKEY
for route in vb.routes.list(): ...
"""

from . import webhooks
from ._address import Address
from ._client import AsyncVoipbin, Voipbin
from ._event_types import EVENT_TYPES, EventType
from ._events import Event
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
from ._stream import AsyncEventStream, EventStream
from ._timestamps import deleted_at, is_deleted, parse_timestamp
from ._topics import topic
from ._version import __version__

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
