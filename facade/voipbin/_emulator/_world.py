"""Everything the emulator holds, behind one lock: the clock, the rows, the calls and the
events. HTTP handlers (on the server's thread) and the test's ``advance`` take the lock in
turn, so a request never sees a call half-way through a step."""

from __future__ import annotations

import secrets
import threading
import uuid
from typing import Any

from .._generated.emulator_table import SCHEMAS
from ._access import CUSTOMER_WRITE, SUPER_ADMIN, Credentials
from ._calls import Calls
from ._clock import Clock
from ._events import Events
from ._phones import Phone
from ._store import Row, Store, marshal, zero

EVENT_SCHEMAS = {"call": "Call", "groupcall": "Groupcall", "activeflow": "Activeflow"}


class World:
    NIL = "00000000-0000-0000-0000-000000000000"

    def __init__(self, webhook_uri: str = "") -> None:
        self.lock = threading.RLock()
        self.clock = Clock()
        self.store = Store(self.clock)
        self.events = Events(self.clock, self.lock, self.webhook_of)
        self.credentials = Credentials()
        self.calls = Calls(self)
        self.phones: dict[str, Phone] = {}
        self.customer_id = str(uuid.uuid4())
        self.add_customer(self.customer_id, webhook_uri)
        # The default credential may do what the seeds' tutorials do: routes need the project's
        # super-admin, the rest the customer's admin (docs/server-behaviour.md#emulator-permissions).
        self.token = self.credentials.issue(self.customer_id, SUPER_ADMIN | CUSTOMER_WRITE)

    def schema(self, name: str) -> dict[str, Any] | None:
        return SCHEMAS.get(name)

    def add_customer(self, customer_id: str, webhook_uri: str = "") -> Row:
        """A customer row, with the webhook secret its deliveries are signed with."""
        data = zero(self.schema("Customer"))
        data.update(id=customer_id, name="emulator", status="active", webhook_method="POST", webhook_uri=webhook_uri)
        row = self.store.insert("/customers", data, customer_id)
        # bin-customer-manager/models/customer/webhook.go:91-93: only the customer's own view has it.
        row.extra["webhook_secret"] = secrets.token_hex(16)
        return row

    def customer(self, customer_id: str) -> Row | None:
        return self.store.find("/customers", customer_id)

    def webhook_of(self, customer_id: str) -> tuple[str, str, str] | None:
        row = self.customer(customer_id)
        if row is None or not row.data.get("webhook_uri"):
            return None
        return str(row.data["webhook_uri"]), str(row.data.get("webhook_method") or "POST"), row.extra["webhook_secret"]

    def publish(self, row: Row, event_type: str) -> None:
        """An event carries the resource as the API answers it (``call_hangup``: a Call)."""
        schema = EVENT_SCHEMAS.get(event_type.rsplit("_", 1)[0])
        self.events.publish(str(row.data.get("customer_id") or row.owner), event_type, marshal(schema, row.data))

    def phone(self, number: str) -> Phone:
        found = self.phones.get(number)
        if found is None:
            found = self.phones[number] = Phone(number, self.incoming)
        return found

    def flow_actions(self, customer_id: str, body: dict[str, Any]) -> list[Any]:
        """A call's actions: the flow named by ``flow_id`` (it wins over inline actions, as the
        spec says of POST /calls), else the inline ``actions``."""
        flow_id = body.get("flow_id")
        if flow_id and flow_id != self.NIL:
            row = self.store.find("/flows", str(flow_id))
            if row is not None and row.owner == customer_id:
                return list(row.data.get("actions") or [])
        actions = body.get("actions")
        return list(actions) if isinstance(actions, list) else []

    def incoming(self, phone: Phone, number: str) -> str:
        with self.lock:
            rows = self.store.rows.get("/numbers", {}).values()
            found = next((row for row in rows if row.data.get("number") == number and not row.deleted), None)
            if found is None:
                raise ValueError(f"{number} is not a number of any customer: create it first (POST /numbers)")
            return str(self.calls.incoming(phone, found).row.data["id"])
