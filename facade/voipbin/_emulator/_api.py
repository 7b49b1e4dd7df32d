"""The REST side: one request in, the server's answer out, for every operation of the spec.

Which operation a path is comes from the generated table; what it does comes from its kind
(list, create, get, update, delete, ...) over the generic store, with the server's exceptions
written down here. Errors are the server's envelope (docs/server-behaviour.md#error-envelope),
every answer carries ``X-Request-Id`` (#request-id-echo), an unknown URL or method is 404
``ROUTE_NOT_FOUND`` (#error-reasons-are-open), and a body whose JSON does not fit the
request's types is 400 ``INVALID_JSON_BODY``, as the handlers' ``c.BindJSON`` refuses it
(bin-api-manager/server/routes.go:81-85); the spec's required lists are not enforced
(#required-lists-not-enforced).
"""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass, field
from typing import Any

from .._generated.emulator_table import OPERATIONS
from ._access import CUSTOMER_WRITE, SUPER_ADMIN, SUPER_ADMIN_ONLY, Identity
from ._faults import Faults
from ._store import Row, marshal, zero
from ._world import World

REQUEST_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")
JSON_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,), "integer": (int,), "number": (int, float), "boolean": (bool,),
    "array": (list,), "object": (dict,),
}  # fmt: skip
# Where the server's success status differs from the spec's (docs/server-behaviour.md#success-statuses).
STATUS = {"POST /agents": 200, "POST /contacts/{id}/addresses": 201, "POST /contacts/{id}/tags": 201,
          "POST /service_agents/contacts/{id}/tags": 201}  # fmt: skip
# Lists whose handler tags next_page_token omitempty, so an empty token is left out
# (bin-api-manager/server/aggregated_events.go:76, timelines.go:79).
TOKEN_OMITEMPTY = frozenset({"GET /aggregated-events", "GET /timelines/{resource_type}/{resource_id}/events"})
SECRET_QUERY = frozenset({"token", "accesskey"})


@dataclass
class Answer:
    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0


@dataclass
class Request:
    """One request the emulator received (credentials left out): ``emu.requests``."""

    method: str
    path: str
    query: dict[str, str]
    body: Any
    operation: str | None = None
    status: int | None = None


class ApiError(Exception):
    def __init__(self, status: int, canonical: str, reason: str, message: str, details: Any = None) -> None:
        super().__init__(message)
        self.status, self.canonical, self.reason, self.message, self.details = (
            status,
            canonical,
            reason,
            message,
            details,
        )


def _templates() -> dict[int, list[tuple[str, str, list[str]]]]:
    by_length: dict[int, list[tuple[str, str, list[str]]]] = {}
    for key in OPERATIONS:
        method, path = key.split(" ", 1)
        parts = path.strip("/").split("/")
        by_length.setdefault(len(parts), []).append((method, path, parts))
    for entries in by_length.values():  # literal segments before parameters: /calls/count before /calls/{id}
        entries.sort(key=lambda entry: [part.startswith("{") for part in entry[2]])
    return by_length


class Api:
    def __init__(self, world: World, faults: Faults) -> None:
        self.world = world
        self.faults = faults
        self.requests: list[Request] = []
        self._templates = _templates()

    def match(self, method: str, path: str) -> tuple[str | None, list[str], bool]:
        """The operation's template, its parameter values, and whether the path exists at all."""
        parts = path.strip("/").split("/")
        known_path = False
        for op_method, template, literal in self._templates.get(len(parts), []):
            if all(t.startswith("{") or t == p for t, p in zip(literal, parts, strict=True)):
                known_path = True
                if op_method == method:
                    return template, [p for t, p in zip(literal, parts, strict=True) if t.startswith("{")], True
        return None, [], known_path

    def handle(self, method: str, path: str, query: dict[str, str], headers: dict[str, str], raw: bytes) -> Answer:
        inbound = headers.get("x-request-id", "")
        request_id = inbound if REQUEST_ID.fullmatch(inbound) else str(uuid.uuid4())
        try:
            body: Any = json.loads(raw) if raw.strip() else None
        except ValueError:
            body = raw.decode("utf-8", "replace")
        seen = Request(method, path, {k: v for k, v in query.items() if k not in SECRET_QUERY}, body)
        with self.world.lock:
            self.requests.append(seen)
            try:
                answer = self._answer(method, path, query, headers, raw, body, seen)
            except ApiError as error:
                envelope: dict[str, Any] = {"status": error.canonical, "reason": error.reason,
                                            "message": error.message, "request_id": request_id}  # fmt: skip
                if error.details is not None:
                    envelope["details"] = error.details
                answer = Answer(error.status, json.dumps({"error": envelope}).encode())
                if error.status == 429 and isinstance(error.details, list) and error.details[0].get("retry_after"):
                    answer.headers["Retry-After"] = str(error.details[0].pop("retry_after"))
        seen.status = answer.status
        answer.headers["X-Request-Id"] = request_id
        if answer.body:
            answer.headers.setdefault("Content-Type", "application/json; charset=utf-8")
        return answer

    def _answer(self, method: str, path: str, query: dict[str, str], headers: dict[str, str], raw: bytes,
                body: Any, seen: Request) -> Answer:  # fmt: skip
        if method == "POST" and path == "/auth/login":  # at the root (docs/server-behaviour.md#login-at-the-root)
            return Answer(200, json.dumps({"username": "emulator", "token": self.world.token}).encode())
        if not path.startswith("/v1.0/"):
            raise ApiError(404, "NOT_FOUND", "ROUTE_NOT_FOUND", "The requested endpoint does not exist.")
        short = path.removeprefix("/v1.0")
        template, params, _ = self.match(method, short)
        fault = self.faults.take(method, template or short, short)
        delay = fault.delay if fault else 0.0
        if fault and fault.status:
            details = (
                [{"limited_by": "customer", "retry_after": fault.retry_after or 1}] if fault.status == 429 else None
            )
            raise ApiError(fault.status, fault.envelope_status(), fault.envelope_reason(), "Injected by the emulator.",
                           details)  # fmt: skip
        if template is None:
            raise ApiError(404, "NOT_FOUND", "ROUTE_NOT_FOUND", "The requested endpoint does not exist.")
        seen.operation = f"{method} {template}"
        who = self.world.credentials.identify(headers, query)
        if isinstance(who, str):
            raise ApiError(401, "UNAUTHENTICATED", who, "Authentication is required.")
        if raw.strip() and not isinstance(body, dict):
            raise ApiError(400, "INVALID_ARGUMENT", "INVALID_JSON_BODY", "The request body is not valid JSON.")
        operation = OPERATIONS[seen.operation]
        self._check_types(operation["body"], body or {})
        answer = self._dispatch(seen.operation, operation, params, query, body or {}, who)
        answer.delay = delay
        return answer

    @staticmethod
    def _check_types(fields: dict[str, str], body: dict[str, Any]) -> None:
        for name, kind in fields.items():
            value = body.get(name)
            wrong = not isinstance(value, JSON_TYPES.get(kind, (object,))) or (
                kind != "boolean" and isinstance(value, bool)
            )
            if value is not None and wrong:
                raise ApiError(400, "INVALID_ARGUMENT", "INVALID_JSON_BODY", "The request body is not valid JSON.")

    def _allowed(self, who: Identity, collection: str) -> None:
        needed = SUPER_ADMIN if collection in SUPER_ADMIN_ONLY else CUSTOMER_WRITE
        if not who.may(needed):
            raise ApiError(403, "PERMISSION_DENIED", "PERMISSION_DENIED",
                           "You do not have permission to access this resource.")  # fmt: skip

    def _row(self, collection: str, row_id: str, who: Identity) -> Row:
        if not _is_uuid(row_id):  # the handlers parse the path id first (server/routes.go:126-131, and 61 more)
            raise ApiError(400, "INVALID_ARGUMENT", "INVALID_ID", "The provided id is not a valid UUID.")
        row = self.world.store.find(collection, row_id)
        if row is None:
            raise ApiError(404, "NOT_FOUND", f"{_singular(collection)}_NOT_FOUND",
                           f"The {_singular(collection).lower()} was not found.")  # fmt: skip
        if collection not in SUPER_ADMIN_ONLY and row.owner != who.customer_id:
            self._allowed(Identity(who.customer_id, 0, who.agent_id), collection)
        return row

    def _dispatch(self, key: str, operation: dict[str, Any], params: list[str], query: dict[str, str],
                  body: dict[str, Any], who: Identity) -> Answer:  # fmt: skip
        kind, collection = operation["kind"], operation["collection"]
        schema = self.world.schema(operation["schema"] or "")
        status = STATUS.get(key, 200 if operation["status"] == 204 else operation["status"])
        store = self.world.store
        if collection == "/customer":  # the caller's own customer row, with its webhook secret
            return self._customer(kind, operation, body, who)
        self._allowed(who, collection)
        parents = tuple(params) if kind in ("list", "create") else tuple(params[:-1])
        if kind == "list":
            size = int(query["page_size"]) if query.get("page_size", "").isdigit() else 100
            wanted_customer = query.get("customer_id")

            def visible(row: Row) -> bool:
                if row.parents != parents:
                    return False
                if collection in SUPER_ADMIN_ONLY:
                    return not wanted_customer or row.data.get("customer_id") == wanted_customer
                return row.owner == who.customer_id

            items, token = store.page(collection, visible, size, query.get("page_token", ""))
            shape = operation["shape"]  # the exceptions: docs/server-behaviour.md#pagination-exceptions
            items = [marshal(operation["schema"], item) for item in items]
            if shape == "envelope" and (token or key not in TOKEN_OMITEMPTY):
                return _json(status, {"result": items, "next_page_token": token})
            return _json(status, items if shape == "array" else {"result": items})
        if key == "POST /calls":
            calls, groupcalls = self.world.calls.create(who.customer_id, body)
            calls = [marshal("Call", call) for call in calls]
            return _json(status, {"calls": calls, "groupcalls": [marshal("Groupcall", g) for g in groupcalls]})
        if kind == "create":
            return _json(status, marshal(operation["schema"], store.create(collection, schema, body, who.customer_id,
                                                                           parents).data))  # fmt: skip
        if kind in ("singleton_get", "singleton_update"):
            row = store.find(collection, who.customer_id) or store.insert(
                collection, {**zero(schema), "id": who.customer_id}, who.customer_id)  # fmt: skip
            if kind == "singleton_update":
                store.replace(row, schema, operation["body"], body)
            return _json(status, marshal(operation["schema"], row.data))
        if not params:  # a verb on a whole collection: the answer's zero value
            return _json(status, [] if operation["shape"] == "array" else marshal(operation["schema"], zero(schema)))
        row = self._row(collection, params[-1], who)
        if kind in ("update", "patch"):
            store.replace(row, schema, operation["body"], body)
        elif kind == "delete":
            store.delete(row)
        elif key == "POST /calls/{id}/hangup":
            self.world.calls.hangup(row.data["id"])
        if operation["schema"] is None:
            return Answer(status)  # a bare status, as POST /calls/{id}/hold answers (server/calls.go)
        # A verb whose answer is another resource (POST /conversations/{id}/messages answers a
        # message) answers that resource's zero value, not the row it acted on.
        answered = row.data if _same_shape(row, schema) else zero(schema)
        return _json(status, marshal(operation["schema"], answered))

    def _customer(self, kind: str, operation: dict[str, Any], body: dict[str, Any], who: Identity) -> Answer:
        row = self.world.customer(who.customer_id)
        if row is None:
            raise ApiError(404, "NOT_FOUND", "CUSTOMER_NOT_FOUND", "The customer was not found.")
        if kind == "singleton_update":
            self._allowed(who, "/customer")
            self.world.store.replace(row, self.world.schema(operation["schema"] or ""), operation["body"], body)
        own = marshal(operation["schema"], row.data)
        if kind == "singleton_get":  # the own view GET answers (server/customer.go:14-39) carries the
            own["webhook_secret"] = row.extra["webhook_secret"]  # secret (models/customer/webhook.go:91-93); PUT's not
        return _json(operation["status"], own)


def _same_shape(row: Row, schema: dict[str, Any] | None) -> bool:
    return schema is None or set(schema) <= set(row.data)


def _is_uuid(text: str) -> bool:
    """What the server's uuid.FromStringOrNil takes, the nil UUID excepted (it reads as "none")."""
    try:
        return uuid.UUID(text).int != 0
    except ValueError:
        return False


def _singular(collection: str) -> str:
    word = collection.rstrip("/").rsplit("/", 1)[-1].upper()
    return word[:-2] if word.endswith("SSES") else word.removesuffix("S")


def _json(status: int, value: Any) -> Answer:
    return Answer(status, json.dumps(value).encode())
