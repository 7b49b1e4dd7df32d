"""The seeds' empty-UUID convention: the nil UUID stands for "no reference"
(docs/server-behaviour.md#nil-uuid-means-no-reference)."""

from __future__ import annotations

from typing import Final
from uuid import UUID

NIL_ID: Final = "00000000-0000-0000-0000-000000000000"
_NIL_UUID: Final = UUID(int=0)


def is_nil_id(value: object) -> bool:
    """True when ``value`` means "no reference": the nil UUID (as a string, any case, or
    a uuid.UUID), None or "". Models keep the server's value as sent; ask this instead."""
    if value is None or value == "":
        return True
    if isinstance(value, UUID):
        return value == _NIL_UUID
    return isinstance(value, str) and value.lower() == NIL_ID
