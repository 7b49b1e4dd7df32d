"""Walking an OpenAPI document: its operations, and every object in it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

JSON = dict[str, Any]
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
SCHEMA_PREFIX = "#/components/schemas/"


def operations(spec: JSON) -> Iterator[tuple[str, str, JSON]]:
    """Yield (METHOD, path, operation) for every operation, in document order."""
    for path, item in spec.get("paths", {}).items():
        for method in HTTP_METHODS:
            if method in item:
                yield method.upper(), path, item[method]


def walk(node: Any) -> Iterator[tuple[str, JSON]]:
    """Yield (key, dict) for every dict in the tree, with the key it sits under."""
    stack: list[tuple[str, Any]] = [("", node)]
    while stack:
        key, value = stack.pop()
        if isinstance(value, dict):
            yield key, value
            stack.extend(reversed(list(value.items())))
        elif isinstance(value, list):
            stack.extend((key, item) for item in reversed(value))
