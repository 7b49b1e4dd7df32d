#!/usr/bin/env python3
"""The seeds' route and outplan tutorials, through the SDK.

With VOIPBIN_TOKEN or VOIPBIN_ACCESSKEY set, this runs against the live API (routes
are super-admin only, and it creates and deletes a route and an outplan). Without,
it replays the recorded cassettes in cassettes/, offline.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import voipbin
from voipbin import Address, Voipbin

CASSETTES = Path(__file__).resolve().parent.parent / "cassettes"
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


def not_replaying(name: str) -> contextlib.AbstractContextManager[None]:
    return contextlib.nullcontext()


@contextlib.contextmanager
def replaying(name: str) -> Iterator[None]:
    from voipbin.testing import voipbin_vcr

    with voipbin_vcr(CASSETTES, record=False).use_cassette(name):
        yield


def main() -> int:
    names = ("VOIPBIN_TOKEN", "VOIPBIN_ACCESSKEY", "VOIPBIN_API_KEY")
    live = any(os.environ.get(name) for name in names)
    if live:
        print("quickstart: running against the live API (credentials found in the environment)")
        client, replay = Voipbin(), not_replaying
    else:
        print("quickstart: no VOIPBIN_TOKEN or VOIPBIN_ACCESSKEY set: replaying recorded cassettes, offline")
        client, replay = Voipbin(token="offline-replay"), replaying
    with client as vb:
        print("route tutorial (seeds/003):")
        with replay("route_tutorial.yaml"):
            route_tutorial(vb)
        print("outplan tutorial (seeds/004):")
        with replay("outplan_tutorial.yaml"):
            outplan_tutorial(vb)
    return 0


if __name__ == "__main__":
    sys.exit(main())
