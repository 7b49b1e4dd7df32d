"""Event topics, built and checked before they are sent.

A topic is ``<scope>:<scope_id>:<resource>[:<resource_id>]``, matched by prefix. The
server answers a topic it refuses by closing the connection, with no error frame
(docs/server-behaviour.md#refused-topic-closes-the-connection), so a typo is caught
here, with a message, rather than as a dropped connection.
"""

from __future__ import annotations

import re
from uuid import UUID

SCOPES = ("customer_id", "agent_id")
# What the server itself checks: a known scope and a scope id that parses as a UUID other
# than the nil one (docs/server-behaviour.md#refused-topic-closes-the-connection).
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_NIL = "00000000-0000-0000-0000-000000000000"
# The first word of an event type ("call" of call_hangup, "queuecall" of queuecall_created),
# or a topic family the server names itself, such as "webchat_session"
# (docs/server-behaviour.md#event-topics).
_RESOURCE = re.compile(r"[a-z][a-z0-9_]*")
# A resource id, or in the service-namespaced topics (docs/server-behaviour.md#event-topics)
# an event type then an id: "customer_id:<id>:call:call_hangup" receives only hangups.
_SEGMENT = re.compile(r"[A-Za-z0-9_-]+")
_MAX_PARTS = 5


def topic(
    *, customer_id: str | UUID | None = None, agent_id: str | UUID | None = None,
    resource: str | None = None, resource_id: str | UUID | None = None,
) -> str:  # fmt: skip
    """The topic for events of ``resource`` (every resource when None) in one customer's or
    one agent's scope, or of one resource when ``resource_id`` is given. Raises ValueError."""
    if (customer_id is None) == (agent_id is None):
        raise ValueError("give exactly one scope: topic(customer_id=...) or topic(agent_id=...)")
    scope, scope_id = ("customer_id", customer_id) if customer_id is not None else ("agent_id", agent_id)
    parts = [scope, str(scope_id)]
    if resource is not None:
        parts.append(resource)
    if resource_id is not None:
        if resource is None:
            raise ValueError("resource_id needs a resource: topic(..., resource='call', resource_id=...)")
        parts.append(str(resource_id))
    if any(":" in part for part in parts):
        raise ValueError(f"a topic part must not hold ':' (it separates the parts), got {parts!r}")
    return check_topic(":".join(parts))


def check_topic(value: str) -> str:
    """``value`` if the server would accept its form, else a ValueError saying what to fix."""
    if not isinstance(value, str):
        raise ValueError(f"a topic is a str such as voipbin.topic(customer_id=..., resource='call'), not {value!r}")
    parts = value.split(":")
    if parts[0] not in SCOPES or len(parts) < 2:
        raise ValueError(
            f"topic {value!r} must start with 'customer_id:<uuid>' or 'agent_id:<uuid>': "
            "build it with voipbin.topic(customer_id=..., resource='call')"
        )
    if not _UUID.fullmatch(parts[1]) or parts[1] == _NIL:
        raise ValueError(f"topic {value!r}: the {parts[0]} must be a UUID (and not the nil one), got {parts[1]!r}")
    if len(parts) > 2 and not _RESOURCE.fullmatch(parts[2]):
        raise ValueError(
            f"topic {value!r}: the resource must be a lowercase word such as 'call' or 'queuecall' "
            f"(the first word of the event type), got {parts[2]!r}"
        )
    if len(parts) > _MAX_PARTS or not all(_SEGMENT.fullmatch(part) for part in parts[3:]):
        raise ValueError(
            f"topic {value!r}: after the resource comes at most a resource id (letters, digits, '_' or '-'); "
            "matching is by prefix, so leave it out to receive every resource of the type"
        )
    return value


def resource_of(value: str) -> str | None:
    """The resource a checked topic names, or None for a whole scope."""
    parts = value.split(":")
    return parts[2] if len(parts) > 2 else None
