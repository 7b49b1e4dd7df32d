"""Receive VoIPBIN webhooks: ``event = voipbin.webhooks.construct_event(body, header, secret)``.

``body`` is the raw request body (bytes), ``header`` the ``X-VoIPBIN-Signature`` request
header (None when absent), ``secret`` the customer's webhook secret. Deliveries can
repeat (up to 3 attempts): make the handler idempotent. ``parse_event(body)`` reads
a delivery without checking it, for customers without a secret. ``sign(body, secret)``
makes the header value, for a test that posts a delivery itself.
"""

from ._webhook_deliveries import WEBHOOK_SIGNATURE_HEADER, construct_event, parse_event, sign, verify_signature

__all__ = ["WEBHOOK_SIGNATURE_HEADER", "construct_event", "parse_event", "sign", "verify_signature"]
