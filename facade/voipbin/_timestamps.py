"""Timestamps and soft deletion, as the server really sends them.

Set: ISO 8601 with Z (0 to 9 fraction digits), or the legacy UTC form
"2022-05-01 15:10:38.785510". Not set: null, an absent key, "", or the sentinel
9999-01-01 00:00:00 of older servers and the docs. Results are always UTC-aware.
(docs/server-behaviour.md#timestamp-formats, docs/server-behaviour.md#unset-timestamps,
docs/server-behaviour.md#soft-deletion)
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

from voipbin_api.runtime import parse_datetime

SENTINEL_YEAR = 9999
ACCEPTED = 'ISO 8601 ("2026-01-15T09:30:00.123456Z") or "YYYY-MM-DD HH:MM:SS[.ffffff]" (UTC)'


def parse_timestamp(value: str | datetime.datetime | None) -> datetime.datetime | None:
    """A UTC-aware datetime, or None for every form of "not set". Raises ValueError for
    text that is no timestamp, TypeError for a value that is neither text nor a datetime."""
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        parsed: datetime.datetime | None = value
    elif isinstance(value, str):
        try:
            parsed = parse_datetime(value.strip())
        except ValueError:
            raise ValueError(f"not a timestamp: {value[:64]!r}; expected {ACCEPTED}") from None
    else:
        raise TypeError(f"parse_timestamp takes a str or a datetime, not {type(value).__name__}")
    if parsed is None or parsed.year == SENTINEL_YEAR:
        return None
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=datetime.UTC)
    return parsed.astimezone(datetime.UTC)


def deleted_at(obj: Any) -> datetime.datetime | None:
    """When a resource was soft-deleted, or None. Takes a model, a dict or a raw value."""
    if isinstance(obj, Mapping):
        value = obj.get("tm_delete")
    elif obj is None or isinstance(obj, str | datetime.datetime):
        value = obj
    else:
        value = getattr(obj, "tm_delete", None)
    return parse_timestamp(value)


def is_deleted(obj: Any) -> bool:
    """True when tm_delete holds a real time (not null, absent, "" or the sentinel)."""
    return deleted_at(obj) is not None
