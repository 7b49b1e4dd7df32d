"""What the command line prints: JSON lines, aligned tables, live events, downloads."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._events import Event

TABLE_WIDTH = 36  # a table cell's most characters
TABLE_COLUMNS = 8


def write_download(result: Any, output: str | None) -> int:
    if output is None:
        sys.stdout.buffer.write(result)
        sys.stdout.buffer.flush()
        return 0
    with open(output, "wb") as file:
        file.write(result)
    return 0


def rows_of(result: Any) -> Iterable[Any]:
    """An answer as the rows to print: a list's items, one object, or nothing."""
    if result is None:
        return []
    return result if isinstance(result, list) else [result]


def plain(value: Any) -> Any:
    """A model as its JSON object (what the server sent); other values as they are."""
    to_dict = getattr(value, "to_dict", None)
    return to_dict() if callable(to_dict) else value


def print_items(items: Iterable[Any], form: str) -> None:
    out = sys.stdout
    if form == "json":
        for item in items:
            value = plain(item)
            print(value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str), file=out)
            out.flush()
        return
    rows = [plain(item) for item in items]
    if len(rows) == 1 and isinstance(rows[0], dict):  # one object: a field per line
        rows = [{"field": key, "value": value} for key, value in rows[0].items()]
    out.write(table([row if isinstance(row, dict) else {"value": row} for row in rows]))


def table(rows: list[dict[str, Any]]) -> str:
    """Rows as aligned text: the scalar fields of the first row (at most TABLE_COLUMNS)."""
    if not rows:
        return ""
    columns = [key for key, value in rows[0].items() if not isinstance(value, dict | list)][:TABLE_COLUMNS]
    cells = [[cell(row.get(column)) for column in columns] for row in rows]
    widths = [max(len(column), *(len(line[i]) for line in cells)) for i, column in enumerate(columns)]
    lines = [columns, *cells]
    return "".join("  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip() + "\n" for line in lines)


def cell(value: Any) -> str:
    text = "" if value is None else value if isinstance(value, str) else json.dumps(value, default=str)
    text = " ".join(text.split())
    return text if len(text) <= TABLE_WIDTH else text[: TABLE_WIDTH - 1] + "…"


def event_row(event: Event) -> dict[str, Any]:
    """An event as one JSON object: type, resource, and the data (the raw text when it is not JSON)."""
    row: dict[str, Any] = {"type": event.type, "resource": event.resource, "data": plain(event.data)}
    if event.data is None:
        row["raw"] = event.raw
    return row


def tail_table(events: Iterator[Event]) -> None:
    widths = (24, 14, 36, 12)
    print("  ".join(name.ljust(w) for name, w in zip(("TYPE", "RESOURCE", "ID", "STATUS"), widths, strict=True)))
    for event in events:
        data = plain(event.data)
        data = data if isinstance(data, dict) else {}
        cells = (event.type, event.resource, data.get("id"), data.get("status"))
        print("  ".join(cell(c).ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip(), flush=True)
