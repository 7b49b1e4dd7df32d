"""The command line hardened (issue 23, cases 4 and 12 to 14): ``python -m voipbin`` in a
real subprocess against loopback servers. Rows go to docs/reliability.md, section "hardening"."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from websockets.asyncio.server import ServerConnection

from tests.cli.test_cli import ROUTES, TOKEN, voipbin
from tests.events.servers import CALL, TOPIC, Seen, WsServer
from tests.loopback import Loopback, Received, Reply
from tests.reliability.conftest import Recorder

# OSC 52 (write the clipboard), a screen clear, a newline that forges a line, CSI in C1.
HOSTILE = "x\x1b]52;c;ZXZpbA==\x07\x1b[2J\nvoipbin: forged line\x9b31m"
CONTROLS = ("\x1b", "\x07", "\x9b")


@pytest.fixture
def storage() -> Iterator[Loopback]:
    other = Loopback()
    yield other
    other.close()


def _clean(text: str) -> bool:
    return not any(char in text for char in CONTROLS)


def test_server_text_is_escaped_in_every_human_readable_output(server: Loopback, report: Recorder) -> None:
    server.reply(200, {"result": [{**ROUTES[0], "target": HOSTILE}], "next_page_token": ""})
    table = voipbin("routes", "list", "--format", "table", base_url=server.base_url)
    assert table.returncode == 0 and _clean(table.stdout) and "\\x1b]52" in table.stdout
    assert len(table.stdout.splitlines()) == 2  # the header and one row: no forged line
    server.reply(400, {"error": {"status": "BAD_REQUEST", "reason": "BAD", "message": HOSTILE}})
    error = voipbin("routes", "get", ROUTES[0]["id"], base_url=server.base_url)
    assert error.returncode == 5 and _clean(error.stderr) and len(error.stderr.splitlines()) == 1

    async def hostile_event(conn: ServerConnection, seen: Seen) -> None:
        await seen.frame(conn)
        await conn.send(json.dumps({"type": "call_hangup", "data": {**CALL, "status": HOSTILE}}))
        await conn.wait_closed()

    with closing(WsServer(hostile_event)) as ws:
        tail = voipbin("events", "tail", TOPIC, "--count", "1", "--format", "table", base_url=ws.base_url)
    assert tail.returncode == 0 and _clean(tail.stdout) and len(tail.stdout.splitlines()) == 2
    report.add("hardening", ["ESC, OSC 52, BEL, C1 CSI and a newline in server text (table, events tail, error line)",
                             "cli", "shown as \\xNN escapes; one line each"])  # fmt: skip


def test_secret_parameters_never_take_a_plain_value(server: Loopback, tmp_path: Path, report: Recorder) -> None:
    fields = ["--username", "a", "--name", "n", "--detail", "d", "--ring-method", "ringall", "--permission", "0",
              "--tag-ids", "[]", "--addresses", "[]"]  # fmt: skip
    plain = voipbin("agents", "create", *fields, "--password", "hunter2-plain", base_url=server.base_url)
    assert plain.returncode == 2 and "@FILE, - (stdin) or env:NAME" in plain.stderr and server.requests == []
    assert "hunter2-plain" not in plain.stderr
    inline = voipbin("ais", "create", "--body", '{"engine_key": "sk-plain"}', base_url=server.base_url)
    assert inline.returncode == 2 and "--body @-" in inline.stderr and "sk-plain" not in inline.stderr
    secret_file = tmp_path / "pw"
    secret_file.write_text("from-a-file\n")
    server.reply(200, {"id": "a1"}, times=3)
    ways = [
        (["--password", f"@{secret_file}"], {}, b""),
        (["--password", "env:AGENT_PW"], {"AGENT_PW": "from-env"}, b""),
        (["--password", "-"], {}, b"from-stdin\n"),
    ]
    for args, env, stdin in ways:
        done = voipbin("agents", "create", *fields, *args, base_url=server.base_url, env=env, stdin=stdin)
        assert done.returncode == 0, done.stderr
    assert [r.json()["password"] for r in server.requests] == ["from-a-file", "from-env", "from-stdin"]
    help_text = voipbin("agents", "create", "--help").stdout
    assert "never the value itself" in " ".join(help_text.split())
    report.add("hardening", ["--password/--engine-key/--secret/--token/--direct-hash given a plain value", "cli",
                             "exit 2: @FILE, - or env:NAME; --body holding one only from a file or stdin"])  # fmt: skip


def test_small_command_line_faults(server: Loopback, report: Recorder) -> None:
    for args in (["routes", "list", "--limit", "-1"], ["events", "tail", TOPIC, "--count", "-1"]):
        done = voipbin(*args, base_url=server.base_url)
        assert done.returncode == 2 and "Traceback" not in done.stderr and "0 or more" in done.stderr
    server.reply(302, headers={"Location": "https://elsewhere.example/"})
    assert voipbin("routes", "get", ROUTES[0]["id"], base_url=server.base_url).returncode == 10
    server.reply(200, {"token": "t"}, times=2)
    boot = voipbin(
        "auth", "boot", "--direct-hash", "env:HASH", token=None, env={"HASH": "h1"}, base_url=server.base_url
    )
    assert boot.returncode == 0, boot.stderr
    assert "authorization" not in server.requests[-1].headers and server.requests[-1].json() == {"direct_hash": "h1"}
    piped = voipbin(
        "auth", "boot", "--body", "@-", token=None, stdin=b'{"direct_hash": "h2"}', base_url=server.base_url
    )
    assert piped.returncode == 0 and server.requests[-1].json() == {"direct_hash": "h2"}
    report.add("hardening", ["--limit -1, --count -1, a 302, auth boot with no credential, --body @-", "cli",
                             "exit 2 (no traceback), exit 10, no credential asked, body from stdin"])  # fmt: skip


def test_a_table_prints_each_page_as_it_comes(server: Loopback, report: Recorder) -> None:
    """The second page is held back until the first page's rows are on stdout."""
    first_printed = threading.Event()

    def pages(received: Received) -> Reply:
        if "page_token" not in received.query:
            return Reply(200, json.dumps({"result": ROUTES[:2], "next_page_token": "t2"}).encode())
        first_printed.wait(30)
        return Reply(200, json.dumps({"result": ROUTES[2:], "next_page_token": ""}).encode())

    server.handler = pages
    env = {**os.environ, "VOIPBIN_TOKEN": TOKEN, "VOIPBIN_BASE_URL": server.base_url}
    command = [sys.executable, "-m", "voipbin", "routes", "list", "--format", "table"]
    with subprocess.Popen(command, env=env, stdout=subprocess.PIPE, text=True) as process:
        assert process.stdout is not None
        head = [process.stdout.readline() for _ in range(3)]  # the header and the first page's rows
        assert len(server.requests) == 1, "the table waited for the next page"
        first_printed.set()
        rest = process.stdout.read()
    assert process.returncode == 0
    assert [line.split()[0] for line in head[1:] + rest.splitlines()] == [route["id"] for route in ROUTES]
    report.add(
        "hardening", ["--format table over two pages", "cli", "the first page printed before the second is asked"]
    )


def test_downloads_stream_to_the_output(server: Loopback, storage: Loopback, tmp_path: Path, report: Recorder) -> None:
    big = os.urandom(1 << 20) * 40  # 40 MiB: past the SDK's 32 MiB default cap
    server.reply(307, headers={"Location": f"{storage.root}/rec.wav"}, times=3)
    storage.reply(200, body=big, times=2)
    out = tmp_path / "rec.wav"
    done = voipbin("recordingfiles", "get", "r1", "--output", str(out), base_url=server.base_url)
    assert done.returncode == 0, done.stderr
    assert out.stat().st_size == len(big)
    victim = tmp_path / "victim"
    victim.write_bytes(b"keep me")
    link = tmp_path / "link.wav"
    link.symlink_to(victim)
    done = voipbin("recordingfiles", "get", "r1", "--output", str(link), base_url=server.base_url)
    assert done.returncode == 0 and victim.read_bytes() == b"keep me" and not link.is_symlink()
    storage.reply(200, body=big[: 4 << 20])
    env = {**os.environ, "VOIPBIN_TOKEN": TOKEN, "VOIPBIN_BASE_URL": server.base_url}
    command = [sys.executable, "-m", "voipbin", "recordingfiles", "get", "r1"]
    with subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as process:
        assert process.stdout is not None and process.stderr is not None
        assert len(process.stdout.read(10)) == 10
        process.stdout.close()  # `| head -c 10`
        stderr = process.stderr.read().decode()
    assert process.returncode == 141 and "broken pipe" in stderr
    report.add("hardening", ["download: 40 MiB to --output, a symlink at --output, stdout closed early", "cli",
                             "streamed, no cap; the link replaced, not followed; exit 141"])  # fmt: skip
