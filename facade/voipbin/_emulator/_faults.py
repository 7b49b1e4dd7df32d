"""Faults a test asks for, to exercise the app's error handling:

    emu.fail_next("POST /calls", status=503)                # the server's envelope, status UNAVAILABLE
    emu.fail_next("GET /calls/{id}", status=429, retry_after=2)
    emu.fail_next("GET /routes", delay=3.0)                 # a slow answer (real seconds)
    emu.fail_next("POST /calls", status=500, times=2)

The operation is ``"METHOD /path"``, the path as the spec writes it (``/calls/{id}``) or a
concrete one (``/calls/<uuid>``), without the ``/v1.0`` prefix. A 429 carries ``Retry-After``
and ``details: [{"limited_by": "customer"}]``, as the server's limiter answers
(docs/server-behaviour.md#retry-after).
"""

from __future__ import annotations

from dataclasses import dataclass

# bin-common-handler/models/errors/rpc.go:54-77, read backwards: the canonical status of an HTTP one.
CANONICAL = {
    400: "INVALID_ARGUMENT", 401: "UNAUTHENTICATED", 402: "PAYMENT_REQUIRED", 403: "PERMISSION_DENIED",
    404: "NOT_FOUND", 409: "FAILED_PRECONDITION", 429: "RESOURCE_EXHAUSTED", 503: "UNAVAILABLE",
}  # fmt: skip
REASONS = {429: "RATE_LIMIT_EXCEEDED", 503: "SERVICE_UNAVAILABLE"}


@dataclass
class Fault:
    operation: str
    status: int | None
    reason: str | None
    retry_after: int | None
    delay: float
    times: int

    def envelope_status(self) -> str:
        return CANONICAL.get(self.status or 500, "INTERNAL")

    def envelope_reason(self) -> str:
        return self.reason or REASONS.get(self.status or 500, self.envelope_status())


class Faults:
    def __init__(self) -> None:
        self.pending: list[Fault] = []

    def add(self, operation: str, status: int | None, reason: str | None, retry_after: int | None,
            delay: float, times: int) -> None:  # fmt: skip
        method, _, path = operation.strip().partition(" ")
        if not path.startswith("/"):
            raise ValueError(f"name the operation as 'METHOD /path', e.g. 'POST /calls' (got {operation!r})")
        if status is not None and not 400 <= status <= 599:
            raise ValueError(f"a fault's status is an error status, 400 to 599 (got {status})")
        self.pending.append(Fault(f"{method.upper()} {path.removeprefix('/v1.0')}", status, reason,
                                  retry_after, delay, times))  # fmt: skip

    def take(self, method: str, template: str, path: str) -> Fault | None:
        """The first pending fault for this request, used up once."""
        for fault in self.pending:
            if fault.operation in (f"{method} {template}", f"{method} {path}"):
                fault.times -= 1
                if fault.times <= 0:
                    self.pending.remove(fault)
                return fault
        return None
