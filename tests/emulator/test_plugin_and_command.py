"""The pytest plugin's fixtures (loaded through the package's pytest11 entry point) and
the stand-alone ``voipbin emulate`` command."""

from __future__ import annotations

import subprocess
import sys

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
