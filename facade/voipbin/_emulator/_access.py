"""Who is asking: credentials the emulator issued, and the permissions the server checks.

The server reads the first non-empty credential in the order cookie ``token``, ``?token=``,
``Authorization: Bearer``, cookie ``accesskey``, ``?accesskey=``, with no fallback when the
chosen one is wrong (docs/server-behaviour.md#credentials-and-their-order). No credential is
401 ``AUTHENTICATION_REQUIRED``; an unknown one 401 ``INVALID_CREDENTIALS``.

Permissions are the agent manager's bits (bin-agent-manager/models/agent/agent.go:52-67).
Routes need the project's super-admin (bin-api-manager/pkg/servicehandler/route.go:48-53);
everything else the customer's admin or manager, on rows of the caller's own customer
(bin-api-manager/pkg/servicehandler/outplans.go:62-65, :96-99: a row of another customer is
403 ``PERMISSION_DENIED``).
"""

from __future__ import annotations

import contextlib
import secrets
import uuid
from dataclasses import dataclass
from http.cookies import SimpleCookie
from typing import Final

PERMISSIONS: Final = {
    "project_super_admin": 0x0001,
    "customer_agent": 0x0010,
    "customer_admin": 0x0020,
    "customer_manager": 0x0040,
}
SUPER_ADMIN: Final = PERMISSIONS["project_super_admin"]
CUSTOMER_WRITE: Final = PERMISSIONS["customer_admin"] | PERMISSIONS["customer_manager"]
# Collections only the project's super-admin may touch, whatever their rows' customer_id.
SUPER_ADMIN_ONLY: Final = frozenset({"/routes"})


@dataclass(frozen=True)
class Identity:
    customer_id: str
    permission: int
    agent_id: str

    def may(self, bits: int) -> bool:
        return bool(self.permission & bits)

    def __repr__(self) -> str:  # no credential here, but keep reprs short in test output
        return f"Identity(customer_id={self.customer_id!r}, permission={self.permission:#06x})"


class Credentials:
    """Tokens and access keys the emulator handed out; each names one identity."""

    def __init__(self) -> None:
        self._by_secret: dict[str, Identity] = {}

    def issue(self, customer_id: str, permission: int) -> str:
        secret = "emu-" + secrets.token_urlsafe(18)
        self._by_secret[secret] = Identity(customer_id, permission, str(uuid.uuid4()))
        return secret

    def identify(self, headers: dict[str, str], query: dict[str, str]) -> Identity | str:
        """The caller, or the reason of the 401 the server would answer."""
        cookies = SimpleCookie()
        with contextlib.suppress(ValueError):  # an unreadable Cookie header carries no credential
            cookies.load(headers.get("cookie", ""))
        bearer = headers.get("authorization", "")
        candidates = (
            cookies["token"].value if "token" in cookies else "",
            query.get("token", ""),
            bearer[len("Bearer ") :] if bearer.startswith("Bearer ") else "",
            cookies["accesskey"].value if "accesskey" in cookies else "",
            query.get("accesskey", ""),
        )
        chosen = next((value for value in candidates if value), "")
        if not chosen:
            return "AUTHENTICATION_REQUIRED"
        return self._by_secret.get(chosen, "INVALID_CREDENTIALS")
