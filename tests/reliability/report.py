"""docs/reliability.md: the cases the reliability suite tries and what came of them.

Each test adds its row. A row's *checked* columns (what happened: the outcome, the
attempts...) must equal the row in the committed document, so the document cannot
drift from the behaviour; its *measured* columns (timings, counts of a random run)
are written when the document is regenerated and are not compared:

    python3 scripts/dev.py reliability     # runs tests/reliability, rewrites the document
    VOIPBIN_RELIABILITY_DOC=1 pytest tests/reliability/test_retries.py   # rewrites those rows only
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

DOC = Path(__file__).resolve().parents[2] / "docs" / "reliability.md"
REGENERATE = "python3 scripts/dev.py reliability"


@dataclass(frozen=True)
class Section:
    title: str
    intro: str
    checked: tuple[str, ...]  # the leading columns; the first ``key`` of them name the row
    measured: tuple[str, ...] = ()
    key: int = 1


SECTIONS = {
    "faults": Section(
        "Fault injection",
        "A loopback server misbehaves on purpose, then answers well; each case runs through "
        "`vb.routes.get/create/update/delete` on both clients (they must agree). Attempts are counted by "
        "the server (or by the SDK's log line per attempt when nothing listens); *waited* is the sum of "
        "the back-off the SDK chose (jitter pinned to its maximum), and *bound* the limit the test puts "
        "on the elapsed time without those waits.",
        ("Fault", "Method", "Outcome", "Attempts", "Waited (s)", "Bound (s)"),
        ("Elapsed sync (ms)", "Elapsed async (ms)"),
        key=2,
    ),
    "concurrency": Section(
        "Concurrency",
        "Calls of every method, by turn, against a server failing a share of requests at random "
        "(seeded). Each call's outcome is checked against the server's last answer to it; each "
        "attempt but the last must have been answered with something the retry policy retries (a "
        "POST: only a 429), and a call must not give up on a retriable answer with retries left.",
        ("Scenario", "Calls", "Server", "Checked"),
        ("Outcomes (last run)", "Server attempts (last run)"),
    ),
    "fuzz": Section(
        "Fuzzing (hypothesis)",
        "Generated inputs; anything raised other than the allowed exceptions fails the test.",
        ("Target", "Inputs", "Allowed outcomes"),
        ("Examples (last run)", "Seen (last run)"),
    ),
    "hostile": Section(
        "Hostile answers and careless inputs",
        "What a security review of the SDK tried with real money in mind: ids that re-target a request, "
        "answers that trickle, never end or inflate without bound, errors that must survive pickling, "
        "429s that may come after the work, credentials echoed where a cassette or a log would keep them. "
        "Memory and time are measured in a fresh interpreter (peak RSS growth during the call).",
        ("Case", "Client", "Outcome"),
        ("Measured (last run)",),
        key=2,
    ),
    "hardening": Section(
        "Hardened surfaces",
        "The second security review (issue 23): downloads, the event stream, the command line, the "
        "cassette kit, os.fork and logging, each case reproduced against loopback HTTP and WebSocket "
        "servers or a real `voipbin` subprocess, on both clients where both exist.",
        ("Case", "Client", "Outcome"),
        ("Measured (last run)",),
        key=2,
    ),
    "secrets": Section(
        "Secret safety",
        "Canary credentials go through every path; the canary must appear in none of the texts checked. "
        "Frame locals are checked in the SDK's own frames (httpx's frames hold the request headers, as "
        "in any httpx-based client), and not for the accesskey in the query: there the key is part of "
        "the URL, which a request's repr shows.",
        ("Credential", "Path", "Canary found"),
        ("Texts checked (last run)",),
        key=2,
    ),
}


@dataclass
class Report:
    """The rows this run produced, by section, in the order the tests ran."""

    rows: dict[str, dict[tuple[str, ...], list[str]]] = field(default_factory=dict)

    def add(self, section: str, checked: Sequence[object], measured: dict[str, object] | None = None) -> None:
        """Record a row (merging the measured columns of a row already added) and, unless
        the document is being regenerated, check it against the committed one."""
        spec = SECTIONS[section]
        cells = [str(cell) for cell in checked]
        assert len(cells) == len(spec.checked), f"{section}: expected columns {spec.checked}"
        key = tuple(cells[: spec.key])
        row = self.rows.setdefault(section, {}).setdefault(key, cells + [""] * len(spec.measured))
        assert row[: len(cells)] == cells, f"{section} {key}: two runs of the same case disagree: {row} != {cells}"
        for name, value in (measured or {}).items():
            row[len(cells) + spec.measured.index(name)] = str(value)

    def render(self) -> str:
        parts = [
            "# Reliability: the cases tried and their outcomes\n",
            f"Generated by the tests in `tests/reliability/` (`{REGENERATE}`); the test run fails if a "
            "checked column here no longer matches what the SDK does.\n",
        ]
        for name, spec in SECTIONS.items():
            columns = spec.checked + spec.measured
            parts.append(f"## {spec.title}\n\n{spec.intro}\n")
            lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
            lines += ["| " + " | ".join(row) + " |" for row in self.rows.get(name, {}).values()]
            parts.append("\n".join(lines) + "\n")
        return "\n".join(parts)

    def write(self, path: Path = DOC, *, fresh: bool) -> None:
        """Write atomically (a temp file beside the document, then a rename). Fresh: only
        this run's rows (the whole suite ran). Otherwise this run's rows replace theirs in
        the committed document and the others stay: running one test rewrites one row."""
        rows = self.rows
        if not fresh:
            rows = documented(path)
            for section, produced in self.rows.items():
                rows.setdefault(section, {}).update(produced)
        handle, temp = tempfile.mkstemp(dir=path.parent, prefix=".reliability-", suffix=".md")
        with os.fdopen(handle, "w") as out:
            out.write(Report(rows).render())
        os.replace(temp, path)


def documented(path: Path = DOC) -> dict[str, dict[tuple[str, ...], list[str]]]:
    """The rows of the committed document, by section, keyed like Report.rows.
    A key that appears twice in a section is an error: one of the rows would hide the other."""
    by_title = {spec.title: name for name, spec in SECTIONS.items()}
    rows: dict[str, dict[tuple[str, ...], list[str]]] = {}
    section: str | None = None
    header = False
    if not path.exists():
        return rows
    for line in path.read_text().splitlines():
        if line.startswith("## "):
            section, header = by_title.get(line[3:].strip()), True
        elif section and line.startswith("| "):
            if header:  # the column names
                header = False
                continue
            cells = [cell.strip() for cell in line.strip().strip("|").split(" | ")]
            key = tuple(cells[: SECTIONS[section].key])
            if key in rows.setdefault(section, {}):
                raise ValueError(f"{path.name}: {section} has two rows for {key}")
            rows[section][key] = cells
    return rows


def prose(text: str) -> list[str]:
    """The document without its table rows: titles, intros and column names."""
    lines = text.splitlines()
    return [line for i, line in enumerate(lines) if not line.startswith("|") or not lines[i - 1].startswith("|")]
