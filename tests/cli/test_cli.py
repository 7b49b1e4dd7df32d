"""The ``voipbin`` command line, run as users run it: ``python -m voipbin`` in a subprocess,
against the loopback HTTP server and a local WebSocket server."""

from __future__ import annotations

import hashlib
import hmac
import inspect
import json
import os
import re
import subprocess
import sys
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from voipbin import Voipbin
from voipbin._cli import EXIT_CODES, main
from voipbin._generated.cli_table import OPERATIONS
from websockets.asyncio.server import ServerConnection

from tests.events.servers import CALL_ID, TOPIC, UNWRAPPED, WRAPPED, Seen, WsServer
from tests.loopback import Loopback

TOKEN = "canary-CLI-TOKEN-4d1e"
ROOT = Path(__file__).resolve().parents[2]
ROUTES = [
    {"id": "491b6858-5357-11ed-b753-8fd49cd36340", "target": "+82", "priority": 1},
    {"id": "b972b61c-59d2-4217-8fbb-a32304be5c3b", "target": "all", "priority": 2},
    {"id": "0c3f8a52-5357-11ed-b753-8fd49cd36340", "target": "+1", "priority": 3},
]


def voipbin(
    *args: str, base_url: str = "http://127.0.0.1:9/v1.0", token: str | None = TOKEN, stdin: bytes = b"",
    env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:  # fmt: skip
    """``python -m voipbin ARGS`` with a clean environment: no credential but ``token``."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith("VOIPBIN_")}
    clean["VOIPBIN_BASE_URL"] = base_url
    if token is not None:
        clean["VOIPBIN_TOKEN"] = token
    clean.update(env or {})
    done = subprocess.run(
        [sys.executable, "-m", "voipbin", *args], input=stdin, env=clean, capture_output=True, timeout=60, check=False
    )
    result = subprocess.CompletedProcess(done.args, done.returncode, done.stdout.decode(), done.stderr.decode())
    assert TOKEN not in result.stdout + result.stderr, "the credential was printed"
    return result


def lines(text: str) -> list[Any]:
    return [json.loads(line) for line in text.splitlines()]


def test_a_list_prints_json_lines_across_pages_up_to_the_limit(server: Loopback) -> None:
    server.reply(200, {"result": ROUTES[:2], "next_page_token": "t2"})
    server.reply(200, {"result": ROUTES[2:], "next_page_token": ""})
    done = voipbin("routes", "list", "--page-size", "2", base_url=server.base_url)
    assert (done.returncode, done.stderr) == (0, "")
    assert [row["id"] for row in lines(done.stdout)] == [route["id"] for route in ROUTES]
    first, second = server.requests
    assert (first.path, first.query) == ("/v1.0/routes", {"page_size": ["2"]})
    assert second.query == {"page_size": ["2"], "page_token": ["t2"]}
    assert first.headers["authorization"] == f"Bearer {TOKEN}"


def test_limit_stops_before_the_next_page_and_a_table_is_for_people(server: Loopback) -> None:
    server.reply(200, {"result": ROUTES[:2], "next_page_token": "t2"})
    done = voipbin("routes", "list", "--limit", "2", "--format", "table", base_url=server.base_url)
    assert done.returncode == 0, done.stderr
    header, *rows = done.stdout.splitlines()
    assert header.split() == ["id", "priority", "target"]  # the model's order
    assert [row.split() for row in rows] == [[r["id"], str(r["priority"]), r["target"]] for r in ROUTES[:2]]
    assert len(server.requests) == 1


def test_a_create_sends_the_body_file_with_flags_winning_and_unknown_fields_kept(
    server: Loopback, tmp_path: Path
) -> None:
    server.reply(200, ROUTES[0])
    body = {"customer_id": "c1", "provider_id": "p1", "priority": 1, "target": "+82", "new_field": {"x": 1}}
    (tmp_path / "route.json").write_text(json.dumps(body))
    done = voipbin(
        "routes", "create", "--body", f"@{tmp_path / 'route.json'}", "--priority", "7", base_url=server.base_url
    )
    assert (done.returncode, done.stderr) == (0, "")
    assert lines(done.stdout) == [ROUTES[0]]
    (sent,) = server.requests
    assert (sent.method, sent.path) == ("POST", "/v1.0/routes")
    assert sent.json() == body | {"priority": 7}


def test_a_missing_required_parameter_is_a_usage_error_before_any_request(server: Loopback) -> None:
    done = voipbin("routes", "create", "--body", '{"customer_id": "c1"}', "--target", "+82", base_url=server.base_url)
    assert done.returncode == 2
    assert "--provider-id" in done.stderr and "--priority" in done.stderr and "--customer-id" not in done.stderr
    assert server.requests == []
    bad = voipbin("routes", "create", "--priority", "high", base_url=server.base_url)
    assert bad.returncode == 2 and "invalid int value: 'high'" in bad.stderr


def test_a_404_is_one_line_on_stderr_with_its_exit_code(server: Loopback) -> None:
    error = {"status": "NOT_FOUND", "reason": "ROUTE_NOT_FOUND", "message": "route not found", "request_id": "req-7"}
    server.reply(404, {"error": error})
    done = voipbin("routes", "get", ROUTES[0]["id"], base_url=server.base_url)
    assert done.returncode == 4
    assert done.stdout == ""
    assert done.stderr == "voipbin: error: 404 ROUTE_NOT_FOUND route not found (request id: req-7)\n"
    assert server.requests[0].path == f"/v1.0/routes/{ROUTES[0]['id']}"


@pytest.mark.parametrize(("status", "code"), [(401, 3), (409, 5), (500, 6)])
def test_exit_codes_follow_the_error_class(server: Loopback, status: int, code: int) -> None:
    server.reply(status, {"error": {"reason": "R", "message": "m"}}, times=3)
    done = voipbin("routes", "get", "r1", base_url=server.base_url, env={"VOIPBIN_TOKEN": TOKEN})
    assert done.returncode == code, done.stderr
    assert done.stderr.startswith(f"voipbin: error: {status} R m (request id: ")


def test_connection_errors_and_missing_credentials_have_their_codes() -> None:
    refused = voipbin("routes", "get", "r1", base_url="http://127.0.0.1:9/v1.0")
    assert refused.returncode == 7 and refused.stderr.count("\n") == 1
    none = voipbin("routes", "get", "r1", token=None)
    assert none.returncode == 2 and "--token-stdin" in none.stderr


def test_the_token_can_come_from_stdin_and_is_never_printed(server: Loopback) -> None:
    server.reply(401, {"error": {"reason": "AUTH", "message": f"bad token {TOKEN}"}})
    done = voipbin("routes", "get", "r1", "--token-stdin", base_url=server.base_url, token=None, stdin=TOKEN.encode())
    assert done.returncode == 3  # voipbin() asserts the echoed token is not in the output
    assert server.requests[0].headers["authorization"] == f"Bearer {TOKEN}"


def test_base_url_flag_wins_over_the_environment(server: Loopback) -> None:
    server.reply(200, ROUTES[0])
    elsewhere = "http://127.0.0.1:9/v1.0"  # nothing listens there
    done = voipbin("routes", "get", "r1", "--base-url", server.base_url, base_url=elsewhere)
    assert (done.returncode, done.stderr) == (0, "")
    assert lines(done.stdout)[0]["id"] == ROUTES[0]["id"] and server.requests[0].path == "/v1.0/routes/r1"
    refused = voipbin("routes", "get", "r1", "--base-url", "ftp://example.com", base_url=server.base_url)
    assert refused.returncode == 2 and len(server.requests) == 1  # refused before any request


async def one_event_per_connection(conn: ServerConnection, seen: Seen) -> None:
    """The first connection sends one event and drops; the next sends another and stays."""
    await seen.frame(conn)
    await conn.send(WRAPPED if seen.index == 0 else UNWRAPPED)
    if seen.index == 0:
        await conn.close()
    await conn.wait_closed()


def test_events_tail_prints_events_and_reconnects() -> None:
    with closing(WsServer(one_event_per_connection)) as server:
        done = voipbin("events", "tail", TOPIC, "--count", "2", base_url=server.base_url)
    assert (done.returncode, done.stderr) == (0, "")
    first, second = lines(done.stdout)
    assert (first["type"], first["resource"], first["data"]["id"]) == ("call_hangup", "call", CALL_ID)
    assert (second["type"], second["resource"], second["data"]["id"]) == (None, "call", CALL_ID)
    assert [seen.frames for seen in server.seen] == [[{"type": "subscribe", "topics": [TOPIC]}]] * 2
    assert server.seen[0].headers["authorization"] == f"Bearer {TOKEN}"


def test_events_tail_as_a_table_and_a_bad_topic() -> None:
    with closing(WsServer(one_event_per_connection)) as server:
        done = voipbin("events", "tail", TOPIC, "--count", "1", "--format", "table", base_url=server.base_url)
    assert done.returncode == 0, done.stderr
    assert [line.split() for line in done.stdout.splitlines()] == [
        ["TYPE", "RESOURCE", "ID", "STATUS"],
        ["call_hangup", "call", CALL_ID, "hangup"],
    ]
    bad = voipbin("events", "tail", "not a topic")
    assert bad.returncode == 2 and bad.stderr.startswith("voipbin: error: ")


def test_webhooks_verify_says_valid_or_why_not() -> None:
    body = json.dumps({"type": "call_hangup", "data": {"id": CALL_ID}}).encode()
    secret = "whsec-test-1"
    signature = "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    env = {"HOOK_SECRET": secret}
    valid = voipbin("webhooks", "verify", "--secret-env", "HOOK_SECRET", "--signature", signature, stdin=body, env=env)
    assert (valid.returncode, valid.stdout, valid.stderr) == (0, "valid\n", "")
    changed = voipbin(
        "webhooks", "verify", "--secret-env", "HOOK_SECRET", "--signature", signature, stdin=body + b" ", env=env
    )
    assert changed.returncode == 1 and changed.stdout == ""
    assert changed.stderr.startswith("invalid: webhook signature mismatch")
    unsigned = voipbin("webhooks", "verify", "--secret-env", "HOOK_SECRET", stdin=body, env=env)
    assert unsigned.returncode == 1 and "no X-VoIPBIN-Signature header" in unsigned.stderr
    no_secret = voipbin("webhooks", "verify", "--secret-env", "UNSET_SECRET", "--signature", signature, stdin=body)
    assert no_secret.returncode == 2 and "UNSET_SECRET" in no_secret.stderr
    assert secret not in valid.stdout + changed.stderr + unsigned.stderr


RESOURCES = sorted({key.split(".")[0] for key in OPERATIONS})


@pytest.mark.parametrize("resource", RESOURCES)
def test_help_of_every_resource_lists_its_commands(resource: str, capsys: pytest.CaptureFixture[str]) -> None:
    """In this process, through main(), the function the console script calls: 65 interpreters
    started only to print help would cost a sixth of the test run. The test below checks that
    the command, started as users start it, prints the same."""
    code = main([resource, "--help"])
    out, err = capsys.readouterr()
    assert (code, err) == (0, "")
    listed = set(re.findall(r"^  (\w+) ", out, re.MULTILINE))
    below = {key.split(".")[1] for key in OPERATIONS if key.startswith(resource + ".")}
    assert listed == below


def test_a_resource_help_from_the_command_line_is_what_main_prints(capsys: pytest.CaptureFixture[str]) -> None:
    done = voipbin("routes", "--help")
    assert main(["routes", "--help"]) == done.returncode == 0 and done.stderr == ""
    assert capsys.readouterr().out == done.stdout and "create" in done.stdout


def test_help_of_an_operation_lists_its_parameters_types_and_summary() -> None:
    done = voipbin("routes", "create", "--help")
    assert done.returncode == 0
    assert "Create a new route" in done.stdout and "POST /routes" in done.stdout
    required = done.stdout.split("required parameters")[1].split("optional parameters")[0]
    assert re.findall(r"--([\w-]+) (\w+)", required) == [
        ("customer-id", "STR"), ("provider-id", "STR"), ("priority", "INT"), ("target", "STR"),
    ]  # fmt: skip


def test_top_level_help_and_the_readme_give_the_same_exit_codes() -> None:
    done = voipbin("--help")
    assert done.returncode == 0
    for code, text in EXIT_CODES:
        assert f"  {code:<4} {text}\n" in done.stdout
    readme = (ROOT / "README.md").read_text()
    assert re.findall(r"^\| (\d+) \| (.+) \|$", readme, re.MULTILINE) == [(str(c), t) for c, t in EXIT_CODES]
    assert set(RESOURCES) | {"events", "webhooks"} <= set(re.findall(r"^  (\w+) ", done.stdout, re.MULTILINE))


def test_every_table_entry_is_a_method_of_the_sdk() -> None:
    with Voipbin(token=TOKEN, base_url="http://127.0.0.1:9/v1.0") as vb:
        for key, op in OPERATIONS.items():
            target: Any = vb
            for part in key.split("."):
                target = getattr(target, part)
            parameters = inspect.signature(target).parameters
            assert list(parameters)[: len(op.ids)] == list(op.ids), key
            assert {p.name for p in op.params} <= set(parameters), key
            assert ("extra_body" in parameters) == op.body, key
