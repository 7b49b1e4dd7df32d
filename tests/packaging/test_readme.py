"""README.md as a package index shows it: every ```python block runs as written, and every
link is absolute (a relative one is broken on a package index page).

The blocks run in order, in one namespace, as a reader goes down the page (a later block
may use the ``vb`` an earlier one made). What the README leaves to its reader comes from
this prelude: the ids below, ``SECRET`` for the webhook, and the environment of a user who
set VOIPBIN_TOKEN and VOIPBIN_BASE_URL, here pointing at a loopback server that answers
canned JSON by path (a WebSocket server sending one event, for the events block). Blocks
that await run in an event loop, as in an async function.
"""

from __future__ import annotations

import ast
import asyncio
import hashlib
import hmac
import inspect
import json
import re
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import voipbin
from websockets.asyncio.server import ServerConnection

from tests.events.servers import WRAPPED, Seen, WsServer
from tests.loopback import Loopback, Received, Reply

README = Path(__file__).resolve().parents[2] / "README.md"
PROJECT = "https://github.com/voipbin/voipbin-python/blob/main/"
ROUTE_ID = "b972b61c-59d2-4217-8fbb-a32304be5c3b"
PRELUDE: dict[str, Any] = {
    "route_id": ROUTE_ID,
    "customer_id": "00000000-0000-0000-0000-000000000001",
    "provider_id": "4dbeabd6-f397-4375-95d2-a38411e07ed1",
    "contact_id": "5e0c8a5c-0000-4000-8000-000000000001",
    "address_id": "5e0c8a5c-0000-4000-8000-000000000002",
    "recording_id": "5e0c8a5c-0000-4000-8000-000000000003",
    "file_id": "5e0c8a5c-0000-4000-8000-000000000004",
    "number_id": "5e0c8a5c-0000-4000-8000-000000000005",
    "flow_id": "5e0c8a5c-0000-4000-8000-000000000006",
    "call_id": "5e0c8a5c-0000-4000-8000-000000000007",
    "cid": "b972b61c-59d2-4217-8fbb-a32304be5c3b",
    "SECRET": "webhook-secret",
    "already_seen": lambda event_type, data: False,
}
RESOURCE = {
    "id": ROUTE_ID, "name": "n", "detail": "d", "priority": 1, "target": "+82",
    "flow_id": "00000000-0000-0000-0000-000000000000", "tm_create": "2026-01-15T09:30:00Z", "tm_delete": None,
    "field_newer_than_the_sdk": "kept",
}  # fmt: skip
DOWNLOADS = ("/recordingfiles/", "/storage_files/")


def blocks() -> list[str]:
    return re.findall(r"^```python\n(.*?)^```$", README.read_text(), flags=re.S | re.M)


def answer(received: Received) -> Reply:
    """Canned answers: bytes for downloads, a login token, a list envelope for a collection, else one resource."""
    path = received.path.split("?")[0]
    if any(marker in path for marker in DOWNLOADS):
        return Reply(200, b"RIFF....WAVE", {"Content-Type": "audio/wav"})
    if path == "/auth/login":
        body: Any = {"username": "user", "token": "jwt-from-login"}
    elif received.method == "GET" and path.rstrip("/").rsplit("/", 1)[-1] in ("routes", "outplans"):
        body = {"result": [RESOURCE], "next_page_token": ""}
    else:
        body = RESOURCE
    return Reply(200, json.dumps(body).encode(), {"Content-Type": "application/json"})


async def one_event(conn: ServerConnection, seen: Seen) -> None:
    await seen.frame(conn)  # the subscription
    await conn.send(WRAPPED)
    async for _ in conn:  # later subscriptions, until the client leaves
        pass


@pytest.fixture
def servers() -> Iterator[tuple[Loopback, WsServer]]:
    http, ws = Loopback(), WsServer(one_event)
    http.handler = answer
    yield http, ws
    http.close()
    ws.close()


def run(source: str, namespace: dict[str, Any]) -> None:
    code = compile(source, str(README), "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
    if code.co_flags & inspect.CO_COROUTINE:  # it awaits
        asyncio.run(types.FunctionType(code, namespace)())
    else:
        exec(code, namespace)


def test_the_readme_has_python_blocks_to_run() -> None:
    assert len(blocks()) >= 7


def test_every_python_block_runs_as_written(
    servers: tuple[Loopback, WsServer], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    http, ws = servers
    monkeypatch.chdir(tmp_path)  # a download is written to report.pdf
    monkeypatch.setenv("VOIPBIN_TOKEN", "readme-token")
    processed: list[voipbin.Event] = []
    namespace: dict[str, Any] = {"__name__": "readme", **PRELUDE, "process": processed.append}
    for source in blocks():
        server = ws if ".events.subscribe" in source else http
        monkeypatch.setenv("VOIPBIN_BASE_URL", server.base_url)
        run(source, namespace)
    sent = {(r.method, r.path.split("?")[0]) for r in http.requests}
    assert ("POST", "/auth/login") in sent and ("GET", f"/v1.0/routes/{ROUTE_ID}") in sent
    flows = [r.json()["actions"] for r in http.requests if (r.method, r.path) == ("POST", "/v1.0/flows")]
    assert [a["type"] for a in flows[0]] == ["answer", "talk", "digits_receive", "goto", "hangup"]
    assert len(flows) == 2  # the third, whose goto names no action of its list, was not sent
    assert (tmp_path / "report.pdf").read_bytes() == b"RIFF....WAVE"
    assert [seen.frames[0]["type"] for seen in ws.seen] == ["subscribe", "subscribe"]  # sync, then async
    handle, body = namespace["handle"], b'{"type": "call_hangup", "data": {"id": "c1"}}'
    signed = "sha256=" + hmac.new(PRELUDE["SECRET"].encode(), body, hashlib.sha256).hexdigest()
    assert handle(body, {"X-VoIPBIN-Signature": signed}) == 200
    assert handle(body, {"X-VoIPBIN-Signature": "sha256=" + "0" * 64}) == 400
    assert [event.type for event in processed] == ["call_hangup"]


def test_links_work_on_a_package_index() -> None:
    links = re.findall(r"\]\(([^)]+)\)", README.read_text())
    assert links
    relative = [link for link in links if not link.startswith(("https://", "#"))]
    assert relative == [], "README links must be absolute (a package index page has no files beside it)"
    to_project = [link for link in links if "github.com/voipbin" in link]
    assert all(link.startswith(PROJECT) for link in to_project), to_project
