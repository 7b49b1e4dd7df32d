"""The pytest plugin's fixtures (loaded through the package's pytest11 entry point) and
the stand-alone ``voipbin emulate`` command."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import httpx
from voipbin.testing import Emulator


def test_the_plugin_loads_without_the_emulator_or_vcrpy() -> None:
    loaded = "sorted(m for m in sys.modules if m.startswith(('vcr', 'voipbin._emulator')))"
    probe = f"import sys, voipbin._pytest_plugin; print({loaded})"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_the_emulator_fixture_is_started_and_serves(voipbin_emulator: Emulator) -> None:
    with voipbin_emulator.client() as vb:
        assert vb.get("/customer", cast_to=dict)["id"] == voipbin_emulator.customer_id


def test_the_async_fixture_runs_its_clock_by_itself(voipbin_async_emulator: Emulator) -> None:
    emu = voipbin_async_emulator
    emu.add("/numbers", number="+15551112222")
    call_id = emu.phone("+15559990000").calls("+15551112222")
    assert emu.run_until(call_id)["status"] == "hangup"  # no flow: the call ends at once


async def test_an_async_client_and_aadvance(voipbin_emulator: Emulator) -> None:
    async with voipbin_emulator.async_client() as vb:
        created = await vb.calls.create(destinations=[{"type": "tel", "target": "+15557654321"}],
                                        actions=[{"type": "hangup"}])  # fmt: skip
        await voipbin_emulator.aadvance(5)
        assert (await vb.calls.get((created.calls or [])[0].id)).status == "hangup"


def test_voipbin_emulate_prints_its_url_and_credential_and_serves() -> None:
    command = [sys.executable, "-m", "voipbin", "emulate", "--port", "0", "--speed", "100"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        base_url = first.split()[2]
        lines = [process.stdout.readline() for _ in range(3)]
        token = next(line.split()[1] for line in lines if line.strip().startswith("token:"))
        answer = httpx.get(f"{base_url}/customer", headers={"Authorization": f"Bearer {token}"}, trust_env=False)
        assert answer.status_code == 200 and "webhook_secret" in answer.json()
    finally:
        process.terminate()
        process.wait(timeout=10)


CASSETTE_TEST = """
import os
from pathlib import Path

from voipbin import Address
from voipbin.testing import Emulator


def test_a_plan(voipbin_cassette):
    with Emulator(port=int(os.environ["PORT"])) as emu, emu.client() as vb:
        plan = vb.outplans.create(name="p", detail="", source=Address.tel("+15559876543"), dial_timeout=30000,
                                  try_interval=600000, max_try_count_0=5)
        seen = vb.outplans.get(plan.id)
        Path(os.environ["OUT"]).write_text(f"{emu.base_url} {plan.id} {seen.id} {len(voipbin_cassette.requests)}")
"""


def test_a_cassette_recorded_against_one_port_replays_on_another(tmp_path: Path) -> None:
    """The issue's promise: the cassette matches by method, path, query and body, never by host
    or port. Recorded against an emulator on one port, the test replays against one on another
    port, and gets the recorded answers (the recorded plan's id: a live emulator would mint a
    new one)."""
    (tmp_path / "test_cassette.py").write_text(CASSETTE_TEST)
    with socket.socket() as one, socket.socket() as other:  # two distinct free ports, held together
        one.bind(("127.0.0.1", 0))
        other.bind(("127.0.0.1", 0))
        ports = [one.getsockname()[1], other.getsockname()[1]]
    runs = []
    for port, record in zip(ports, (["--voipbin-record"], []), strict=True):
        out = tmp_path / f"out-{port}.txt"
        env = {**os.environ, "PORT": str(port), "OUT": str(out)}
        command = [sys.executable, "-m", "pytest", "-q", "-p", "no:randomly", "-p", "no:cacheprovider", *record]
        done = subprocess.run([*command, str(tmp_path / "test_cassette.py")], cwd=tmp_path, env=env,
                              capture_output=True, text=True, check=False)  # fmt: skip
        assert done.returncode == 0, done.stdout + done.stderr
        runs.append(out.read_text().split())
    (recorded_url, recorded_id, _, recorded_count), (replay_url, replay_id, replay_seen, replay_count) = runs
    assert recorded_url != replay_url  # another port
    assert replay_id == replay_seen == recorded_id  # the recorded answers, not the live emulator's
    assert recorded_count == replay_count == "2"  # both requests are in the one cassette
    assert (tmp_path / "cassettes" / "test_a_plan.yaml").exists()
