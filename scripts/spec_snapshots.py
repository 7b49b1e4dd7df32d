"""Where the published spec snapshots are: the one place that knows their folder and names.

The snapshots are not part of the project. They live in the folder named by
``VOIPBIN_SPEC_DIR`` (default ``../shared/spec`` beside the project root). Standard
library only: scripts/dev.py imports this before any environment exists.
"""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC_DIR = Path(os.environ.get("VOIPBIN_SPEC_DIR", ROOT.parent / "shared" / "spec"))
# Oldest first: the change log and the pipeline tests walk them in this order.
DATES = ("2026-06-10", "2026-08-05")
LATEST = DATES[-1]


def snapshot(date: str = LATEST) -> Path:
    """The snapshot of ``date`` (the newest by default); it may not exist: see require()."""
    if date not in DATES:
        raise ValueError(f"no spec snapshot dated {date!r}: known are {', '.join(DATES)}")
    return SPEC_DIR / f"voipbin-openapi-{date}.json"


def require(date: str = LATEST) -> Path:
    """The snapshot of ``date``, or FileNotFoundError saying where it was looked for."""
    path = snapshot(date)
    if not path.is_file():
        hint = f"set VOIPBIN_SPEC_DIR to the folder that holds {path.name}"
        raise FileNotFoundError(f"spec snapshot not found: {path}\n{hint}")
    return path
