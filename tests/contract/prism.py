"""Start and stop a Prism mock of the published spec (npm @stoplight/prism-cli, pinned).

Prism is installed on first use into .prism/ in the project (git ignores it).
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PRISM_VERSION = "5.14.2"
PRISM_DIR = ROOT / ".prism"
PRISM_BIN = PRISM_DIR / "node_modules" / ".bin" / "prism"
START_TIMEOUT = 90.0
NODE_MISSING = "the Prism contract test did not run: Node.js (node) is not installed"


def install() -> Path:
    if not PRISM_BIN.exists():
        npm = shutil.which("npm")
        if npm is None:
            raise RuntimeError("npm not found: install Node.js to run the Prism contract test")
        subprocess.run([npm, "install", "--prefix", str(PRISM_DIR), "--no-audit", "--no-fund", "--silent",
                        f"@stoplight/prism-cli@{PRISM_VERSION}"], check=True)  # fmt: skip
    return PRISM_BIN


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def prism_mock(spec: Path) -> Iterator[str]:
    """A running Prism mock of ``spec``; yields its base URL."""
    port = _free_port()
    process = subprocess.Popen(
        [str(install()), "mock", "-h", "127.0.0.1", "-p", str(port), "-v", "error", str(spec)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"Prism exited with {process.returncode} before listening")
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise RuntimeError("Prism did not start listening in time") from None
                time.sleep(0.2)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
