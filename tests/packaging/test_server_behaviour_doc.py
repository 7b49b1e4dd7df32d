"""docs/server-behaviour.md is where the project says what it knows about the server.

No tracked file cites the notes the project was started from (they are not part of it):
the reason for a rule is a section of docs/server-behaviour.md. Every anchor of that page
that the repository mentions is one of its headings, and every section names its source in
the server.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOC = "docs/server-behaviour.md"
# The two notes, spelled in pieces so that this file does not cite them itself.
OUTSIDE_NOTES = re.compile("API" + "_FACTS" + "|" + "DESIGN" + r"\.md", re.IGNORECASE)
REFERENCE = re.compile(re.escape(DOC) + r"#([A-Za-z0-9_-]+)")


def _tracked() -> dict[str, str]:
    """Every tracked text file, by path."""
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    names = (
        subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout.decode().split("\0")
    )
    files = {}
    for name in filter(None, names):
        path = ROOT / name
        if not path.is_file():
            continue  # deleted in the work tree, not yet committed
        try:
            files[name] = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue  # binary
    return files


def _anchor(heading: str) -> str:
    """The anchor GitHub gives a Markdown heading."""
    text = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return text.replace(" ", "-")


def _sections() -> dict[str, str]:
    """Each heading's anchor and the text under it, up to the next heading."""
    text = (ROOT / DOC).read_text(encoding="utf-8")
    parts = re.split(r"^(#{1,6}) (.+)$", text, flags=re.MULTILINE)
    return {_anchor(parts[i + 1]): parts[i + 2] for i in range(1, len(parts) - 2, 3)}


def test_no_file_cites_the_outside_notes() -> None:
    citing = {name for name, text in _tracked().items() if OUTSIDE_NOTES.search(text)}
    assert citing == set(), f"cite {DOC} instead"


def test_every_reference_names_a_section() -> None:
    anchors = set(_sections())
    broken = [
        f"{name}: #{anchor}"
        for name, text in _tracked().items()
        for anchor in REFERENCE.findall(text)
        if anchor not in anchors
    ]
    assert broken == []


def test_links_inside_the_page_name_a_section() -> None:
    text = (ROOT / DOC).read_text(encoding="utf-8")
    assert set(re.findall(r"\]\(#([^)]+)\)", text)) <= set(_sections())


def test_every_behaviour_names_its_source() -> None:
    text = (ROOT / DOC).read_text(encoding="utf-8")
    behaviours = re.findall(r"^### (.+)$", text, flags=re.MULTILINE)
    sections = _sections()
    assert len(set(map(_anchor, behaviours))) == len(behaviours), "two sections share an anchor"
    assert [b for b in behaviours if "Source:" not in sections[_anchor(b)]] == []


def test_the_code_points_into_the_page() -> None:
    """The code, the tests and the overrides point into the page, not only the page itself."""
    referenced = {anchor for text in _tracked().values() for anchor in REFERENCE.findall(text)}
    assert len(referenced) >= 20, sorted(referenced)
