"""Events as the server sends them: to WebSocket subscribers by topic, and to the customer's
webhook URI, signed and retried.

* Frames and deliveries are the wrapped shape ``{"type": ..., "data": ...}``
  (docs/server-behaviour.md#event-frame-shapes).
* A subscriber's topics match by prefix; the resource part of an event's topic is the first
  word of its type (docs/server-behaviour.md#event-topics).
* A delivery is signed ``X-VoIPBIN-Signature: sha256=<hex>`` when the customer has a webhook
  secret (#webhook-signatures) and tried up to 3 times, 1 s apart, on a transport error or a
  5xx (#webhook-delivery-retries); the emulator waits the second on its virtual clock.
* Unlike the server, whose URL validator refuses loopback and private addresses
  (bin-webhook-manager/pkg/webhookhandler/urlvalidator.go), the emulator delivers to any
  address: a test's receiver listens on loopback.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

import httpx

from .._webhook_deliveries import sign
from ._access import Identity
from ._clock import Clock

ATTEMPTS = 3  # bin-webhook-manager/pkg/webhookhandler/message.go:57: for i := 0; i < 3
RETRY_DELAY = 1.0  # message.go:78,88: time.Sleep(time.Second * 1) after a failed attempt
DELIVERY_TIMEOUT = 10.0


class Subscriber(Protocol):
    """A WebSocket connection: who it is, its topics, and a blocking, thread-safe send."""

    identity: Identity
    topics: set[str]

    def send(self, frames: list[str]) -> None: ...


@dataclass
class Delivery:
    """One attempt to deliver an event to a webhook URI, and what came of it."""

    type: str
    data: dict[str, Any]
    url: str
    attempt: int
    body: bytes
    headers: dict[str, str]
    status_code: int | None = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.status_code is not None and self.status_code < 500


@dataclass
class _Pending:
    customer_id: str
    type: str
    data: dict[str, Any]
    webhook: tuple[str, str, str] | None  # uri, method, secret
    attempt: int = 1
    body: bytes = field(default=b"")


def topic_of(customer_id: str, event_type: str, data: dict[str, Any]) -> str:
    """The topic an event is published on, in the customer's scope."""
    resource = event_type.split("_", 1)[0]
    return f"customer_id:{customer_id}:{resource}:{data.get('id', '')}"


class Events:
    """Published events wait here until ``flush`` hands them out, in order."""

    def __init__(self, clock: Clock, lock: threading.RLock, webhook_of: Callable[[str], Any]) -> None:
        self.clock = clock
        self.lock = lock
        self.webhook_of = webhook_of
        self.subscribers: list[Subscriber] = []
        self.deliveries: list[Delivery] = []
        self.published: list[tuple[str, dict[str, Any]]] = []
        self._outbox: list[_Pending] = []
        self._handing_out = threading.Lock()
        self._http: httpx.Client | None = None

    def publish(self, customer_id: str, event_type: str, data: dict[str, Any]) -> None:
        """Queue an event (called with the state lock held); ``data`` is copied as it is now."""
        snapshot = json.loads(json.dumps(data))
        self.published.append((event_type, snapshot))
        self._outbox.append(_Pending(customer_id, event_type, snapshot, self.webhook_of(customer_id)))

    def has_pending(self) -> bool:
        return bool(self._outbox)

    def flush(self) -> None:
        """Hand out every queued event: frames to subscribers, then webhook deliveries."""
        with self._handing_out:
            with self.lock:
                pending, self._outbox = self._outbox, []
                subscribers = list(self.subscribers)
            for item in pending:
                if item.attempt == 1:
                    self._to_subscribers(item, subscribers)
                if item.webhook is not None:
                    self._deliver(item)

    def _to_subscribers(self, item: _Pending, subscribers: list[Subscriber]) -> None:
        topic = topic_of(item.customer_id, item.type, item.data)
        frame = json.dumps({"type": item.type, "data": item.data})
        for subscriber in subscribers:
            if any(topic.startswith(wanted) for wanted in subscriber.topics):
                subscriber.send([frame])

    def _deliver(self, item: _Pending) -> None:
        assert item.webhook is not None
        uri, method, secret = item.webhook
        if not item.body:
            item.body = json.dumps({"type": item.type, "data": item.data}).encode()
        headers = {"Content-Type": "application/json"}
        if secret:  # message.go:69-71: signed only when the customer has a secret
            headers["X-VoIPBIN-Signature"] = sign(item.body, secret)
        record = Delivery(item.type, item.data, uri, item.attempt, item.body, headers)
        if self._http is None:
            self._http = httpx.Client(timeout=DELIVERY_TIMEOUT, trust_env=False)
        try:
            answer = self._http.request(method or "POST", uri, content=item.body, headers=headers)
            record.status_code = answer.status_code
        except httpx.HTTPError as exc:
            record.error = f"{type(exc).__name__}: {exc}"
        with self.lock:
            self.deliveries.append(record)
            if not record.ok and item.attempt < ATTEMPTS:
                item.attempt += 1
                self.clock.after(RETRY_DELAY, lambda: self._outbox.append(item))

    def close(self) -> None:
        if self._http is not None:
            self._http.close()
