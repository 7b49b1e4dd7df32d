"""What the command line prints: JSON lines, aligned tables, live events, downloads.

Server text reaches a terminal here. Every human-readable output (table cells, a text
answer, the one-line error) shows control characters as ``\\xNN``: an answer must not
move the cursor, rewrite what is on screen, set the window title or write the clipboard
(OSC 52), nor forge a line of its own with a newline. JSON output escapes them itself.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._events import Event

TABLE_WIDTH = 36  # a table cell's most characters
TABLE_COLUMNS = 8
# C0, DEL and C1 controls (ESC and CSI start terminal sequences), and the bidirectional
# overrides and isolates that reorder how a line reads.
_CONTROLS = {code: f"\\x{code:02x}" for code in (*range(0x20), 0x7F, *range(0x80, 0xA0))}
_CONTROLS.update({code: f"\\u{code:04x}" for code in (0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A))})
_TEXT_CONTROLS = {code: shown for code, shown in _CONTROLS.items() if chr(code) not in "\t\n"}
EXIT_BROKEN_PIPE = 141  # as a shell reports a process ended by SIGPIPE


def printable(text: str, *, lines: bool = False) -> str:
    """``text`` with its control characters shown as escapes; ``lines`` keeps tabs and newlines."""
    return text.translate(_TEXT_CONTROLS if lines else _CONTROLS)


def write_download(fetch: Callable[[Any], int], output: str | None) -> int:
    """Run the download ``fetch(to)``, streamed to ``output`` or to stdout. A path gets the
    whole file or nothing (a link there is replaced, not followed); stdout that closes
    early (``| head``) is an error: the file is incomplete."""
    if output is not None:
        fetch(output)
        return 0
    try:
        fetch(sys.stdout.buffer)
        sys.stdout.buffer.flush()
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # nothing left to flush at exit
        print("voipbin: error: the output closed before the whole file was written (broken pipe)", file=sys.stderr)
        return EXIT_BROKEN_PIPE
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
    """One answer's rows: JSON lines, or a table (one object: a field per line)."""
    if form == "json":
        print_json(items)
        return
    rows = [plain(item) for item in items]
    if len(rows) == 1 and isinstance(rows[0], dict):
        rows = [{"field": key, "value": value} for key, value in rows[0].items()]
    Table(sys.stdout).write(rows)


def print_json(items: Iterable[Any]) -> None:
    out = sys.stdout
    for item in items:
        value = plain(item)
        text = (
            printable(value, lines=True)
            if isinstance(value, str)
            else json.dumps(value, ensure_ascii=False, default=str)
        )
        print(text, file=out, flush=True)


def print_pages(pages: Iterable[list[Any]], form: str) -> None:
    """A list's pages as they come: each printed before the next is asked for."""
    table = Table(sys.stdout)
    for items in pages:
        if form == "json":
            print_json(items)
        else:
            table.write([plain(item) for item in items])


class Table:
    """Rows as aligned text, printed batch by batch: the first batch (a list's first page)
    sets the columns, the scalar fields of its first row (at most TABLE_COLUMNS), and
    their widths; a longer cell later pushes its line out of line rather than wait."""

    def __init__(self, out: IO[str]) -> None:
        self._out = out
        self._columns: list[str] | None = None
        self._widths: list[int] = []

    def write(self, rows: list[Any]) -> None:
        dicts = [row if isinstance(row, dict) else {"value": row} for row in rows]
        if not dicts:
            return
        if self._columns is None:
            self._columns = [key for key, value in dicts[0].items() if not isinstance(value, dict | list)]
            self._columns = self._columns[:TABLE_COLUMNS]
            cells = self._cells(dicts)
            self._widths = [
                max(len(column), *(len(line[i]) for line in cells)) for i, column in enumerate(self._columns)
            ]
            self._line([printable(column) for column in self._columns])
        else:
            cells = self._cells(dicts)
        for line in cells:
            self._line(line)
        self._out.flush()

    def _cells(self, rows: list[dict[str, Any]]) -> list[list[str]]:
        return [[cell(row.get(column)) for column in self._columns or ()] for row in rows]

    def _line(self, cells: list[str]) -> None:
        self._out.write("  ".join(c.ljust(w) for c, w in zip(cells, self._widths, strict=True)).rstrip() + "\n")


def cell(value: Any) -> str:
    text = "" if value is None else value if isinstance(value, str) else json.dumps(value, default=str)
    text = printable(" ".join(text.split()))
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
