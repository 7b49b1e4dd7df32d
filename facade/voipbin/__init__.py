"""voipbin: the Python SDK for the VoIPBIN API.

from voipbin import Voipbin, Address
vb = Voipbin(token="...")          # or VOIPBIN_TOKEN / VOIPBIN_ACCESSKEY
for route in vb.routes.list(): ...
"""

from ._address import Address
from ._client import AsyncVoipbin, Voipbin
from ._exceptions import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PaymentRequiredError,
    PermissionDeniedError,
    RateLimitError,
    ResponseParseError,
    ServiceUnavailableError,
    VoipbinError,
)
from ._ids import NIL_ID, is_nil_id
from ._pagination import AsyncPaginator, Page, SyncPaginator
from ._timestamps import deleted_at, is_deleted, parse_timestamp
from ._types import NOT_GIVEN, NotGiven
from ._version import __version__

__all__ = [
    "NIL_ID",
    "NOT_GIVEN",
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "Address",
    "AsyncPaginator",
    "AsyncVoipbin",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
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
    "__version__",
    "deleted_at",
    "is_deleted",
    "is_nil_id",
    "parse_timestamp",
]
