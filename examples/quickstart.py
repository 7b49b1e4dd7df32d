#!/usr/bin/env python3
"""The seeds' route and outplan tutorials, through the SDK; then, offline, a call.

With VOIPBIN_TOKEN or VOIPBIN_ACCESSKEY set, this runs against the live API (routes
are super-admin only, and it creates and deletes a route and an outplan). Without, it
runs against the SDK's emulator (voipbin.testing.Emulator), offline: the tutorials, then a
call that talks and hangs up, its events printed as the event stream brings them. The
recorded cassettes in cassettes/ stay for the replay tests.
"""

from __future__ import annotations

import os
import sys
import threading

import voipbin
from voipbin import Address, Voipbin, actions
from voipbin.testing import Emulator
from voipbin.types import Call

SYSTEM_CUSTOMER = "00000000-0000-0000-0000-000000000001"
PROVIDER = "4dbeabd6-f397-4375-95d2-a38411e07ed1"


def route_tutorial(vb: Voipbin) -> None:
    for route in vb.routes.list(customer_id=SYSTEM_CUSTOMER):
        print(f"  route {route.id} target={route.target} priority={route.priority}")
    detail = vb.routes.get("dccfd81b-5f11-4c49-8e3f-70730ef1a4d3")
    print(f"  got {detail.id}: deleted={voipbin.is_deleted(detail)} at {voipbin.deleted_at(detail)}")
    route = vb.routes.create(customer_id=SYSTEM_CUSTOMER, provider_id=PROVIDER, priority=1, target="+82")
    print(f"  created {route.id}")
    route = vb.routes.update(route.id, provider_id=PROVIDER, priority=2, target="+82",
                             extra_body={"customer_id": SYSTEM_CUSTOMER})  # fmt: skip
    print(f"  updated priority to {route.priority}")
    route = vb.routes.delete(route.id)
    print(f"  deleted {route.id}: deleted={voipbin.is_deleted(route)}")


def outplan_tutorial(vb: Voipbin) -> None:
    for plan in vb.outplans.list():
        print(f"  outplan {plan.id} {plan.name!r}")
    plan = vb.outplans.create(
        name="test outplan", detail="outplan for test use.", source=Address.tel("+15559876543"),
        dial_timeout=30000, try_interval=600000,
        max_try_count_0=5, max_try_count_1=5, max_try_count_2=5, max_try_count_3=5, max_try_count_4=5,
    )  # fmt: skip
    print(f"  created {plan.id} dial_timeout={plan.dial_timeout} ms")
    plan = vb.outplans.update(plan.id, name="test outplan", detail="outplan for test use")
    print(f"  updated basic info: {plan.detail!r}")
    plan = vb.outplans.update_dial_info(
        plan.id, source=Address.tel("+15559876543"), dial_timeout=30000, try_interval=60000,
        max_try_count_0=5, max_try_count_1=5, max_try_count_2=5, max_try_count_3=5, max_try_count_4=5,
    )  # fmt: skip
    print(f"  updated dial info: try_interval={plan.try_interval} ms")
    plan = vb.outplans.delete(plan.id)
    print(f"  deleted {plan.id}")


TUTORIAL_ROUTE = "dccfd81b-5f11-4c49-8e3f-70730ef1a4d3"  # the route the seed's tutorial reads


def call_tutorial(vb: Voipbin, emu: Emulator) -> None:
    """A call whose callee answers after 2 s; the flow talks, then hangs up. The emulator's
    virtual clock runs it through at once, while a thread prints the events as they come."""
    topic = voipbin.topic(customer_id=emu.customer_id, resource="call")
    with vb.events.subscribe([topic]) as stream:

        def show() -> None:
            for event in stream:
                call = event.data  # the typed Call for a call topic
                print(f"  event {event.type}: status={call.status if isinstance(call, Call) else None}")
                if event.type == "call_hangup":
                    return

        printer = threading.Thread(target=show)
        printer.start()
        emu.wait_subscribed(topic)
        emu.phone("+15557654321").answers(after=2)
        created = vb.calls.create(
            source=Address.tel("+15559876543"), destinations=[Address.tel("+15557654321")],
            actions=[actions.talk(text="Hello from VoIPBIN", language="en-US"), actions.hangup()],
        )  # fmt: skip
        ended = emu.run_until((created.calls or [])[0].id, "hangup")
        printer.join(timeout=10)
    print(f"  call {ended['id']} ended: {ended['hangup_by']} {ended['hangup_reason']}")


def main() -> int:
    names = ("VOIPBIN_TOKEN", "VOIPBIN_ACCESSKEY", "VOIPBIN_API_KEY")
    if any(os.environ.get(name) for name in names):
        print("quickstart: running against the live API (credentials found in the environment)")
        with Voipbin() as vb:
            print("route tutorial (seeds/003):")
            route_tutorial(vb)
            print("outplan tutorial (seeds/004):")
            outplan_tutorial(vb)
        return 0
    print("quickstart: no VOIPBIN_TOKEN or VOIPBIN_ACCESSKEY set: running against the offline emulator")
    with Emulator() as emu, emu.client() as vb:
        emu.add("/routes", id=TUTORIAL_ROUTE, customer_id=SYSTEM_CUSTOMER, provider_id=PROVIDER, priority=1,
                target="+82")  # fmt: skip
        print("route tutorial (seeds/003):")
        route_tutorial(vb)
        print("outplan tutorial (seeds/004):")
        outplan_tutorial(vb)
        print("a call (emulator only):")
        call_tutorial(vb, emu)
    return 0


if __name__ == "__main__":
    sys.exit(main())
