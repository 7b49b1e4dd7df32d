"""Webhook deliveries: check the signature, then read the event.

When a customer has a webhook secret, VoIPBIN signs each delivery with
``X-VoIPBIN-Signature: sha256=<hex>``, the HMAC-SHA256 of the raw body keyed by the
secret, with no timestamp (docs/server-behaviour.md#webhook-signatures). So a captured
delivery verifies forever: keep the secret secret and the endpoint on HTTPS.

A delivery is tried up to 3 times, 1 s apart, on a transport error or a 5xx answer
(docs/server-behaviour.md#webhook-delivery-retries): the same event can arrive twice, so a receiver must be
idempotent (key on the resource id and type) and should answer 2xx quickly.
"""

from __future__ import annotations

import hashlib
import hmac

from ._constants import WEBHOOK_SIGNATURE_HEADER
from ._events import Event, read_event
from ._exceptions import WebhookSignatureError

__all__ = ["WEBHOOK_SIGNATURE_HEADER", "construct_event", "parse_event", "sign", "verify_signature"]

_PREFIX = "sha256="
_HEX_DIGITS = frozenset("0123456789abcdefABCDEF")


def sign(payload: bytes, secret: str) -> str:
    """The ``X-VoIPBIN-Signature`` value VoIPBIN sends with ``payload``: what a test posts to
    the app's receiver to fake a delivery (and what the emulator signs its deliveries with)."""
    if not isinstance(payload, bytes | bytearray | memoryview):
        raise TypeError("payload must be the request body as bytes")
    return _PREFIX + hmac.new(secret.encode(), bytes(payload), hashlib.sha256).hexdigest()


def verify_signature(payload: bytes, signature_header: str | None, secret: str) -> None:
    """Raise WebhookSignatureError unless ``signature_header`` signs ``payload`` with ``secret``.
    ``payload`` is the body exactly as received: parsed and re-serialised JSON differs."""
    if not isinstance(payload, bytes | bytearray | memoryview):
        raise TypeError("payload must be the raw request body as bytes (re-encoded text may not match the signature)")
    if not isinstance(secret, str) or not secret:
        raise ValueError("the webhook secret is empty: VoIPBIN signs only when the customer has a secret set")
    if not signature_header or not signature_header.strip():
        raise WebhookSignatureError(
            f"no {WEBHOOK_SIGNATURE_HEADER} header: the delivery is unsigned (is the webhook secret set?) or forged"
        )
    algorithm, sep, given = signature_header.strip().partition("=")
    if not sep or algorithm.lower() + "=" != _PREFIX:
        shown = algorithm[:16] if sep else "none"
        raise WebhookSignatureError(f"{WEBHOOK_SIGNATURE_HEADER} must be 'sha256=<hex>' (algorithm given: {shown!r})")
    if len(given) != hashlib.sha256().digest_size * 2 or not _HEX_DIGITS.issuperset(given):
        raise WebhookSignatureError(f"{WEBHOOK_SIGNATURE_HEADER} does not hold 64 hex digits after 'sha256='")
    expected = hmac.new(secret.encode(), bytes(payload), hashlib.sha256).digest()
    if not hmac.compare_digest(expected, bytes.fromhex(given)):
        raise WebhookSignatureError(
            "webhook signature mismatch: the body was changed, or it was signed with another secret"
        )


def construct_event(payload: bytes, signature_header: str | None, secret: str) -> Event:
    """The event of a signed delivery, after ``verify_signature``."""
    verify_signature(payload, signature_header, secret)
    return read_event(bytes(payload))


def parse_event(payload: bytes | str) -> Event:
    """The event of a delivery, unchecked: for customers without a webhook secret. Never raises
    for the body's content: an unknown shape comes with ``data`` a dict, invalid JSON with None."""
    return read_event(payload)
