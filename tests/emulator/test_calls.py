"""Calls that live on the virtual clock: the callee's script, the flow's actions in order,
the call manager's statuses, hangup reasons and events, groupcalls, inbound calls."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from voipbin import Address
from voipbin.testing import Emulator

CALLEE = "+15557654321"
SOURCE = Address.tel("+15551230000")


@pytest.fixture
def emu() -> Iterator[Emulator]:
    with Emulator() as emulator:
        yield emulator


def place(emu: Emulator, actions: list[dict[str, object]], number: str = CALLEE) -> str:
    with emu.client() as vb:
        created = vb.calls.create(source=SOURCE, destinations=[Address.tel(number)], actions=actions)
    assert created.calls[0].status == "dialing"
    return created.calls[0].id


def types(emu: Emulator, call_id: str) -> list[str]:
    return [kind for kind, data in emu.events if data.get("id") == call_id]


def test_a_call_rings_answers_talks_and_hangs_up_without_waiting(emu: Emulator) -> None:
    emu.phone(CALLEE).answers(after=2)
    call_id = place(emu, [{"type": "talk", "option": {"text": "Hello from the emulator"}}])
    assert types(emu, call_id) == ["call_created"]  # nothing happens until time moves
    emu.advance(1)
    assert types(emu, call_id) == ["call_created", "call_ringing"]
    done = emu.run_until(call_id, "hangup")
    assert (done["status"], done["hangup_by"], done["hangup_reason"]) == ("hangup", "local", "normal")
    assert types(emu, call_id) == [
        "call_created", "call_ringing", "call_progressing", "call_updated", "call_terminating", "call_hangup",
    ]  # fmt: skip
    assert emu.elapsed == pytest.approx(2 + 1.6)  # answered at 2 s; 23 characters at 15 a second
    with emu.client() as vb:
        assert vb.calls.get(call_id).status == "hangup"


def test_digits_branch_to_the_pressed_option(emu: Emulator) -> None:
    emu.phone(CALLEE).answers(after=1).presses("2")
    sales, support = "11111111-0000-4000-8000-000000000001", "11111111-0000-4000-8000-000000000002"
    call_id = place(emu, [
        {"type": "digits_receive", "option": {"duration": 5000, "length": 1}},
        {"type": "branch", "option": {"target_ids": {"1": sales, "2": support}}},
        {"id": sales, "type": "talk", "option": {"text": "sales"}},
        {"type": "hangup"},
        {"id": support, "type": "talk", "option": {"text": "support"}},
    ])  # fmt: skip
    emu.run_until(call_id, "hangup")
    spoken = [data["action"]["option"].get("text") for kind, data in emu.events if kind == "call_updated"]
    assert "support" in spoken and "sales" not in spoken


def test_the_callee_hangs_up_busy_and_no_answer(emu: Emulator) -> None:
    emu.phone("+15550000001").answers(after=1).hangs_up(after=3)
    emu.phone("+15550000002").busy()
    emu.phone("+15550000003").no_answer()
    long_talk = [{"type": "sleep", "option": {"duration": 60000}}]
    remote, busy, silent = (place(emu, long_talk, n) for n in ("+15550000001", "+15550000002", "+15550000003"))
    assert (emu.run_until(remote)["hangup_by"], emu.run_until(remote)["hangup_reason"]) == ("remote", "normal")
    assert emu.elapsed == pytest.approx(4)
    assert emu.run_until(busy)["hangup_reason"] == "busy"
    assert emu.run_until(silent)["hangup_reason"] == "noanswer"
    assert emu.elapsed == pytest.approx(60)  # the server's dial timeout


def test_hanging_up_before_the_answer_cancels(emu: Emulator) -> None:
    emu.phone(CALLEE).answers(after=30)
    call_id = place(emu, [{"type": "talk", "option": {"text": "never heard"}}])
    emu.advance(1)
    with emu.client() as vb:
        vb.calls.hangup(call_id)
    emu.advance(0)
    assert types(emu, call_id)[-2:] == ["call_canceling", "call_hangup"]
    assert emu.calls[0]["hangup_reason"] == "cancel"


def test_goto_loops_then_goes_on(emu: Emulator) -> None:
    menu = "22222222-0000-4000-8000-000000000001"
    call_id = place(emu, [
        {"id": menu, "type": "talk", "option": {"text": "menu"}},
        {"type": "goto", "option": {"target_id": menu, "loop_count": 2}},
    ])  # fmt: skip
    emu.run_until(call_id)
    spoken = [data["action"]["type"] for kind, data in emu.events if kind == "call_updated"]
    assert spoken == ["talk", "goto", "talk", "goto", "talk", "goto"]


def test_an_extension_destination_makes_a_groupcall(emu: Emulator) -> None:
    with emu.client() as vb:
        created = vb.calls.create(source=SOURCE, destinations=[Address.extension("2001")],
                                  actions=[{"type": "hangup"}])  # fmt: skip
    assert created.calls == [] and len(created.groupcalls) == 1
    emu.advance(5)
    assert [kind for kind, _ in emu.events if kind.startswith("groupcall_")] == [
        "groupcall_created",
        "groupcall_hangup",
    ]


def test_an_inbound_call_runs_the_numbers_flow(emu: Emulator) -> None:
    with emu.client() as vb:
        flow = vb.flows.create(name="ivr", detail="", actions=[
            {"type": "answer"}, {"type": "talk", "option": {"text": "welcome"}}, {"type": "hangup"}])  # fmt: skip
    emu.add("/numbers", number="+15551112222", call_flow_id=flow.id)
    call_id = emu.phone("+15559990000").calls("+15551112222")
    call = emu.run_until(call_id)
    assert (call["direction"], call["flow_id"], call["hangup_by"]) == ("incoming", flow.id, "local")
    assert types(emu, call_id)[:3] == ["call_created", "call_updated", "call_progressing"]
    with pytest.raises(ValueError, match="not a number"):
        emu.phone("+15559990000").calls("+19999999999")


def test_a_thousand_calls_finish_on_the_virtual_clock(emu: Emulator) -> None:
    with emu.client() as vb:
        ids = [c.id for c in vb.calls.create(
            source=SOURCE, destinations=[Address.tel(f"+1555000{n:04d}") for n in range(200)],
            actions=[{"type": "talk", "option": {"text": "hi"}}]).calls]  # fmt: skip
    emu.advance(60)
    assert {call["status"] for call in emu.calls} == {"hangup"} and len(ids) == 200
