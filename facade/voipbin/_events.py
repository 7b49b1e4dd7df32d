"""An event, read from a WebSocket frame or a webhook body; one parser for both.

Frames come in two shapes while the server migrates
(docs/server-behaviour.md#event-frame-shapes): wrapped ``{"type": "call_hangup", "data": {...}}`` (also every
webhook) and unwrapped (the resource object alone). A resource has its own ``type``
field (a call's is "flow", "sip-service", ...), so a frame is wrapped only when a
``data`` object stands beside a string ``type``.

Nothing is dropped and nothing raises: an unknown shape comes through with ``data``
the JSON object as a dict; a frame that is not a JSON object (invalid JSON, an array,
a number) with ``data`` None. ``raw`` always keeps the text as received.
"""

from __future__ import annotations

import functools
import json
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeAlias

from ._event_types import EventType
from ._logging import logger

if TYPE_CHECKING:  # the models load on the first event that needs one (_typed), not with voipbin
    from voipbin_api.models import (
        Activeflow,
        Agent,
        Call,
        Campaign,
        Campaigncall,
        Conference,
        Conferencecall,
        Conversation,
        ConversationMessage,
        Customer,
        Email,
        Flow,
        Groupcall,
        Message,
        Number,
        Outplan,
        Queue,
        Queuecall,
        Recording,
        Session,
        Transcribe,
        WebchatMessage,
    )

    # What Event.data may be: one of the models of MODELS (the test holds them equal), else
    # the JSON object as a dict, else None. A union, not Any, so that a type checker asks for
    # the isinstance check that a frame of another resource, or one that did not fit, fails.
    EventData: TypeAlias = (
        Activeflow
        | Agent
        | Call
        | Campaign
        | Campaigncall
        | Conference
        | Conferencecall
        | Conversation
        | ConversationMessage
        | Customer
        | Email
        | Flow
        | Groupcall
        | Message
        | Number
        | Outplan
        | Queue
        | Queuecall
        | Recording
        | Session
        | Transcribe
        | WebchatMessage
        | dict[str, Any]
        | None
    )

# Resource word (or, longest first, an event-type prefix) -> model class in voipbin_api.models.
# The only place that ties events to models: retarget it here when the model names change.
# Left out on purpose, so their data stays a dict: "account" (billing and conversation
# accounts share it), and any resource whose events carry several kinds of object.
MODELS: dict[str, str] = {
    "activeflow": "Activeflow",
    "agent": "Agent",
    "call": "Call",
    "campaign": "Campaign",
    "campaigncall": "Campaigncall",
    "conference": "Conference",
    "conferencecall": "Conferencecall",
    "conversation": "Conversation",
    "conversation_message": "ConversationMessage",
    "customer": "Customer",
    "email": "Email",
    "flow": "Flow",
    "groupcall": "Groupcall",
    "message": "Message",
    "number": "Number",
    "outplan": "Outplan",
    "queue": "Queue",
    "queuecall": "Queuecall",
    "recording": "Recording",
    "transcribe": "Transcribe",
    "webchat_message": "WebchatMessage",
    "webchat_session": "Session",
}


@dataclass(frozen=True, slots=True)
class Event:
    """One event. ``type`` is the server's event type (one of ``voipbin.EVENT_TYPES``, or a
    newer one as a str), None in the unwrapped shape; ``resource`` is None when unknown;
    ``data`` is the typed model when the resource is known and the object fits it
    (``if isinstance(event.data, Call)``), else the JSON object as a dict (None when the
    frame is not a JSON object)."""

    type: EventType | str | None
    resource: str | None
    data: EventData
    raw: str


def read_event(raw: str | bytes, resource: str | None = None) -> Event:
    """An Event from a frame or body. ``resource`` is what the subscriptions imply for an
    unwrapped frame (see ``implied_resource``), taken only when it has an ``id`` as every
    resource does; a wrapped one says its own."""
    text = raw.decode("utf-8", errors="replace") if isinstance(raw, bytes) else raw
    try:
        value = json.loads(text)
    except (ValueError, RecursionError):  # RecursionError: JSON nested deeper than Python's stack
        return Event(None, None, None, text)
    if not isinstance(value, dict):
        return Event(None, None, None, text)
    event_type, data = value.get("type"), value.get("data")
    if isinstance(event_type, str) and isinstance(data, dict):
        return Event(event_type, resource_of_type(event_type), _typed(_model_key(event_type), data), text)
    if "id" not in value:  # not a resource object: nothing says what it is
        return Event(None, None, value, text)
    return Event(None, resource, _typed(resource, value), text)


def resource_of_type(event_type: str) -> str | None:
    """The first word of the event type, as the server cuts it to build topics
    (docs/server-behaviour.md#event-topics)."""
    word, sep, _ = event_type.partition("_")
    return word if sep and word else None


def implied_resource(resources: Iterable[str | None]) -> str | None:
    """What an unwrapped frame is, when every subscription names the same resource and
    only one kind of object comes under it (a "conversation" topic also carries
    conversation_message events, so it implies nothing)."""
    found = set(resources)
    if len(found) != 1:
        return None
    (word,) = found
    if word is None or "_" in word or word not in MODELS:
        return None
    return None if any(key.startswith(word + "_") for key in MODELS) else word


@functools.lru_cache(maxsize=512)
def _model_key(event_type: str) -> str | None:
    """Cached: it runs for every frame, and a server sends a few hundred event types at most
    (an unknown one costs a scan again only once the cache has let it go)."""
    keys = [key for key in MODELS if event_type.startswith(key + "_")]
    return max(keys, key=len) if keys else None


@functools.cache
def _model(key: str) -> Any:
    """The model class of a key of MODELS, looked up once rather than on every frame."""
    import voipbin_api.models

    return getattr(voipbin_api.models, MODELS[key])


def _typed(key: str | None, data: dict[str, Any]) -> Any:
    """The model for ``data``, or ``data`` itself when none is known or it does not fit."""
    if key is None or key not in MODELS:
        return data
    try:
        return _model(key).from_dict(data)
    except Exception as exc:  # a frame must never end the stream: keep the dict
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug("event data kept as a dict: it did not fit %s (%s)", MODELS[key], type(exc).__name__)
        return data
