#!/usr/bin/env python3
"""Write the spec part of CHANGELOG.md: for each spec snapshot, oldest first, the change
report regenerate.py prints when it builds over the previous one (operations added,
removed and changed; schemas added and removed).

    .venv/bin/python scripts/changelog.py           # rewrite the part between the markers
    .venv/bin/python scripts/changelog.py --check   # exit 1 if CHANGELOG.md is out of date

The rest of CHANGELOG.md (the SDK's own changes) is written by hand.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import regenerate
import spec_snapshots
from normalise import normalise
from spec_tree import JSON

CHANGELOG = spec_snapshots.ROOT / "CHANGELOG.md"
BEGIN = "<!-- spec changes: written by scripts/changelog.py -->"
END = "<!-- end of spec changes -->"


def lock_of(path: Path) -> JSON:
    """The lock regenerate.py would record for the snapshot at ``path``, without building it."""
    raw = path.read_bytes()
    spec = regenerate._parse_document(raw, path.name)
    _, report = normalise(spec, regenerate._load_overrides())
    return regenerate._lock(path.name, raw, spec, report)


def spec_changes() -> str:
    """The generated part: newest snapshot first, as a change log reads."""
    sections, previous = [], None
    for date in spec_snapshots.DATES:
        lock = lock_of(spec_snapshots.require(date))
        counts = lock["counts"]
        title = f"### Spec {date} (`{lock['source']}`): {counts['operations']} operations, {counts['schemas']} schemas"
        if previous is None:
            body = ["The first snapshot the SDK was generated from."]
        else:
            lines = regenerate.change_report(previous, lock)
            tally = {sign: sum(1 for line in lines if line[0] == sign and " schema " not in line) for sign in "+-~"}
            body = [
                f"Since `{previous['source']}`: {tally['+']} operations added, {tally['-']} removed, "
                f"{tally['~']} changed.",
                "",
                "```",
                *lines,
                "```",
            ]
        sections.append("\n".join([title, "", *body]))
        previous = lock
    return "\n\n".join([BEGIN, *reversed(sections), END])


def render(current: str) -> str:
    start, end = current.index(BEGIN), current.index(END) + len(END)
    return current[:start] + spec_changes() + current[end:]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="exit 1 if CHANGELOG.md is out of date")
    args = parser.parse_args()
    current = CHANGELOG.read_text()
    wanted = render(current)
    if args.check:
        if wanted != current:
            print(f"{CHANGELOG.name} is out of date: run scripts/changelog.py", file=sys.stderr)
            return 1
        return 0
    CHANGELOG.write_text(wanted)
    print(f"wrote {CHANGELOG.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
