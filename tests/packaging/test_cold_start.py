"""What ``import voipbin`` and a first resource load: only what a REST call needs.

A user who makes REST calls must not wait for the event stream, the webhook helpers, the
command line or the emulator (and websockets, asyncio, vcrpy they bring) to load: they
load on first use. Checked as a property, the modules named by ``python -X importtime``,
not as a timing (scripts/bench.py times the cold start on demand).
"""

from __future__ import annotations

import subprocess
import sys

SNIPPET = "import voipbin; vb = voipbin.Voipbin(token='t'); vb.routes"
# Loaded on first use only, each with what it imports.
LATER = {
    "voipbin._stream", "voipbin._stream_plan", "voipbin._stream_connect", "voipbin._events", "voipbin._event_types",
    "voipbin._topics", "voipbin.webhooks", "voipbin._webhook_deliveries", "voipbin._cli", "voipbin._cli_input",
    "voipbin._cli_output", "voipbin._emulator", "voipbin.testing", "voipbin._pytest_plugin", "voipbin.actions",
    "voipbin._download", "websockets", "asyncio", "vcr", "yaml", "hmac",
}  # fmt: skip
# The third-party packages a REST call needs: httpx and what it sends with.
THIRD_PARTY = {"voipbin", "voipbin_api", "httpx", "httpcore", "h11", "certifi", "idna", "anyio", "sniffio"}


def imported(code: str) -> dict[str, int]:
    """The modules ``code`` loads in a fresh interpreter beyond what the interpreter itself does,
    each with its cumulative import time in microseconds as -X importtime gives it (0 where it
    gives none: importlib.import_module, which the lazy names use, bypasses it). What is loaded
    is read from sys.modules at the end: -X importtime also names imports that failed (the
    optional ones of httpx: brotli, h2, socksio...)."""
    code += "; import sys; print(*sys.modules, sep='\\n')"
    done = subprocess.run([sys.executable, "-X", "importtime", "-c", code], capture_output=True, text=True, check=True)
    cost = {}
    for line in done.stderr.splitlines():
        if line.startswith("import time:") and "cumulative" not in line:
            _, cumulative, name = line.split("|")
            cost[name.strip()] = int(cumulative)
    return {name: cost.get(name, 0) for name in set(done.stdout.split()) - _BARE}


_BARE = set(subprocess.run([sys.executable, "-c", "import sys; print(*sys.modules, sep='\\n')"],
                           capture_output=True, text=True, check=True).stdout.split())  # fmt: skip


def _later(module: str) -> bool:
    return any(module == name or module.startswith(name + ".") for name in LATER)


def test_a_first_rest_call_loads_nothing_it_does_not_need() -> None:
    modules = imported(SNIPPET)
    assert "voipbin._generated.resources.routes" in modules  # the snippet did reach the resource
    assert {name: modules[name] for name in modules if _later(name)} == {}  # name: microseconds
    third_party = {m.split(".")[0] for m in modules} - set(sys.stdlib_module_names) - {"__future__"}
    assert third_party <= THIRD_PARTY


def test_what_loads_later_still_loads_on_first_use() -> None:
    modules = imported("import voipbin; voipbin.Event; voipbin.webhooks.verify_signature; voipbin.EventStream")
    assert {"voipbin._events", "voipbin._webhook_deliveries", "voipbin._stream"} <= modules.keys()
    assert "websockets" not in modules  # the stream imports websockets when it connects
