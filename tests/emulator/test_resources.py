"""The emulator's REST side, through the real SDK over loopback: rows as the server keeps
them (ids, timestamps, soft deletion, PUT blanking), its paging, and its errors."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import httpx
import pytest
import voipbin
from voipbin import Address
from voipbin.testing import Emulator

SYSTEM = "00000000-0000-0000-0000-000000000001"
PROVIDER = "4dbeabd6-f397-4375-95d2-a38411e07ed1"


@pytest.fixture
def emu() -> Iterator[Emulator]:
    with Emulator() as emulator:
        yield emulator


def test_create_get_update_delete_a_route(emu: Emulator) -> None:
    with emu.client() as vb:
        route = vb.routes.create(customer_id=SYSTEM, provider_id=PROVIDER, priority=1, target="+82")
        assert uuid.UUID(route.id) and route.tm_create is not None and route.tm_update is None
        assert (route.name, route.customer_id) == ("", SYSTEM)  # the server takes no name: blank, not refused
        route = vb.routes.update(route.id, name="n", provider_id=PROVIDER, priority=2, target="+82")
        assert (route.priority, route.name, route.detail) == (2, "n", "")
        assert route.tm_update is not None
        deleted = vb.routes.delete(route.id)
        assert voipbin.is_deleted(deleted)
        assert voipbin.is_deleted(vb.routes.get(route.id))  # GET still answers a deleted row
        assert [r.id for r in vb.routes.list()] == []  # lists leave it out


def plan(vb: voipbin.Voipbin, name: str) -> str:
    source = Address.tel("+15559876543")
    return vb.outplans.create(name=name, detail="", source=source, dial_timeout=30000, try_interval=600000,
                              max_try_count_0=5).id  # fmt: skip


def test_lists_page_newest_first_by_tm_create(emu: Emulator) -> None:
    auth = {"Authorization": f"Bearer {emu.token}"}
    with emu.client() as vb:
        made = [plan(vb, f"p{n}") for n in range(5)]
        assert [p.id for p in vb.outplans.list(page_size=2)] == made[::-1]  # across three pages
    body = httpx.get(f"{emu.base_url}/outplans", params={"page_size": 2}, headers=auth).json()
    assert [item["id"] for item in body["result"]] == [made[4], made[3]]
    last = voipbin.parse_timestamp(body["result"][-1]["tm_create"])
    assert last is not None and body["next_page_token"] == last.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    rest = httpx.get(f"{emu.base_url}/outplans", params={"page_token": body["next_page_token"]}, headers=auth).json()
    assert [item["id"] for item in rest["result"]] == made[2::-1]
    huge = httpx.get(f"{emu.base_url}/outplans", params={"page_size": 1000}, headers=auth).json()
    assert len(huge["result"]) == 5  # over 100 is 100, not refused
    empty = httpx.get(f"{emu.base_url}/outplans", params={"page_token": "2000-01-01T00:00:00.000000Z"}, headers=auth)
    assert empty.json() == {"result": [], "next_page_token": ""}


def test_errors_use_the_servers_envelope(emu: Emulator) -> None:
    with emu.client() as vb:
        with pytest.raises(voipbin.NotFoundError) as missing:
            vb.outplans.get(str(uuid.uuid4()))
        assert (missing.value.reason, missing.value.status) == ("OUTPLAN_NOT_FOUND", "NOT_FOUND")
        assert missing.value.request_id
        for not_an_id in ("not-a-uuid", "00000000-0000-0000-0000-000000000000"):  # server/routes.go:126-131
            with pytest.raises(voipbin.BadRequestError) as invalid:
                vb.routes.get(not_an_id)
            assert (invalid.value.reason, invalid.value.status) == ("INVALID_ID", "INVALID_ARGUMENT")
    with voipbin.Voipbin(token="wrong", base_url=emu.base_url, max_retries=0) as vb:
        with pytest.raises(voipbin.AuthenticationError) as bad:
            vb.outplans.list().__iter__().__next__()
        assert bad.value.reason == "INVALID_CREDENTIALS"
    answer = httpx.get(f"{emu.base_url}/outplans")
    assert answer.status_code == 401 and answer.json()["error"]["reason"] == "AUTHENTICATION_REQUIRED"
    answer = httpx.get(f"{emu.base_url}/no_such_thing", headers={"Authorization": f"Bearer {emu.token}"})
    assert (answer.status_code, answer.json()["error"]["reason"]) == (404, "ROUTE_NOT_FOUND")
    answer = httpx.post(f"{emu.base_url}/routes", content=b'{"priority": "high"}',
                        headers={"Authorization": f"Bearer {emu.token}"})  # fmt: skip
    assert (answer.status_code, answer.json()["error"]["reason"]) == (400, "INVALID_JSON_BODY")
    answer = httpx.get(
        f"{emu.base_url}/outplans", headers={"Authorization": f"Bearer {emu.token}", "X-Request-Id": "mine-1"}
    )
    assert answer.headers["X-Request-Id"] == "mine-1"


def test_permissions_and_customers_as_the_server_checks_them(emu: Emulator) -> None:
    with emu.client() as owner:
        mine = plan(owner, "mine")
    with emu.client(permission="customer_admin") as admin:
        with pytest.raises(voipbin.PermissionDeniedError):  # routes: the project's super-admin only
            list(admin.routes.list())
        assert [p.id for p in admin.outplans.list()] == [mine]
    with emu.client(customer_id=str(uuid.uuid4())) as stranger:
        assert list(stranger.outplans.list()) == []
        with pytest.raises(voipbin.PermissionDeniedError):
            stranger.outplans.get(mine)
    with emu.client(permission="customer_agent") as agent, pytest.raises(voipbin.PermissionDeniedError):
        list(agent.outplans.list())


def test_customer_view_carries_the_webhook_secret_and_requests_are_recorded(emu: Emulator) -> None:
    with emu.client() as vb:
        raw = vb.get("/customer", cast_to=dict)
        assert raw["id"] == emu.customer_id and raw["webhook_secret"] == emu.webhook_secret
        plan(vb, "x")
    seen = emu.requests
    assert [r.operation for r in seen] == ["GET /customer", "POST /outplans"]
    assert seen[1].body["source"]["target"] == "+15559876543"
    assert emu.token not in repr(seen)


def test_faults(emu: Emulator) -> None:
    emu.fail_next("POST /outplans", status=503)
    emu.fail_next("GET /outplans", status=429, retry_after=120)
    with emu.client(max_retries=0) as vb:
        with pytest.raises(voipbin.ServiceUnavailableError) as down:
            plan(vb, "x")
        assert down.value.reason == "SERVICE_UNAVAILABLE"
        with pytest.raises(voipbin.RateLimitError) as limited:
            list(vb.outplans.list())
        assert limited.value.retry_after == 120
        assert vb.outplans.get(plan(vb, "x")).name == "x"  # used up
    with pytest.raises(ValueError, match="METHOD /path"):
        emu.fail_next("calls", status=500)
