"""The seeds' route and outplan tutorials, end to end through the SDK, sync and async.

The loopback server answers the tutorials' exact JSON; the tests check what the
SDK put on the wire against the tutorials' curl bodies, and what it parsed.
"""

from __future__ import annotations

import datetime
from typing import Any

import pytest
import voipbin
from voipbin import Address, AsyncVoipbin, Voipbin

from tests.loopback import Loopback
from tests.resources import seeds

UTC = datetime.UTC


@pytest.fixture
def vb(server: Loopback) -> Voipbin:
    return Voipbin(token="t", base_url=server.base_url)


def _sent(server: Loopback, index: int) -> tuple[str, str, dict[str, list[str]], Any]:
    request = server.requests[index]
    return request.method, request.path, request.query, request.json() if request.body else None


def test_route_tutorial(server: Loopback, vb: Voipbin) -> None:
    for answer in (seeds.ROUTE_LIST, {"result": [], "next_page_token": ""}, seeds.ROUTE_DETAIL,
                   seeds.ROUTE_CREATED, seeds.ROUTE_UPDATED, seeds.ROUTE_DELETED):  # fmt: skip
        server.reply(200, answer)

    routes = list(vb.routes.list(customer_id=seeds.SYSTEM_CUSTOMER))
    assert [str(r.id) for r in routes] == ["491b6858-5357-11ed-b753-8fd49cd36340"]
    assert routes[0].tm_create == datetime.datetime(2022, 10, 22, 16, 16, 16, 874761, tzinfo=UTC)
    assert not voipbin.is_deleted(routes[0])
    assert _sent(server, 0) == ("GET", "/v1.0/routes", {"customer_id": [seeds.SYSTEM_CUSTOMER]}, None)
    assert _sent(server, 1)[2] == {"customer_id": [seeds.SYSTEM_CUSTOMER], "page_token": ["2022-10-22 16:16:16.874761"]}

    detail = vb.routes.get("dccfd81b-5f11-4c49-8e3f-70730ef1a4d3")
    assert _sent(server, 2)[:2] == ("GET", "/v1.0/routes/dccfd81b-5f11-4c49-8e3f-70730ef1a4d3")
    assert voipbin.is_deleted(detail)
    assert voipbin.deleted_at(detail) == datetime.datetime(2022, 10, 29, 14, 50, 33, 477405, tzinfo=UTC)

    created = vb.routes.create(**seeds.ROUTE_CREATE_BODY)
    assert _sent(server, 3) == ("POST", "/v1.0/routes", {}, seeds.ROUTE_CREATE_BODY)
    assert str(created.id) == "b972b61c-59d2-4217-8fbb-a32304be5c3b"
    assert voipbin.parse_timestamp(created.tm_update) is None  # the sentinel: never updated

    body = dict(seeds.ROUTE_UPDATE_BODY)
    customer_id = body.pop("customer_id")
    updated = vb.routes.update(created.id, **body, extra_body={"customer_id": customer_id})
    method, path, _, sent_body = _sent(server, 4)
    assert (method, path, sent_body) == ("PUT", f"/v1.0/routes/{created.id}", seeds.ROUTE_UPDATE_BODY)
    assert updated.priority == 2

    deleted = vb.routes.delete(created.id)
    assert _sent(server, 5)[:2] == ("DELETE", f"/v1.0/routes/{created.id}")
    assert voipbin.is_deleted(deleted)


def test_outplan_tutorial(server: Loopback, vb: Voipbin) -> None:
    for answer in (seeds.OUTPLAN_LIST, {"result": [], "next_page_token": ""}, seeds.OUTPLAN,
                   seeds.OUTPLAN_CREATED, seeds.OUTPLAN_BASIC_UPDATED, seeds.OUTPLAN, seeds.OUTPLAN):  # fmt: skip
        server.reply(200, answer)
    plans = list(vb.outplans.list())
    assert [p.name for p in plans] == ["test outplan"]
    assert plans[0].source.target == "+15559876543"  # type: ignore[union-attr]

    plan = vb.outplans.get("d5fb7357-7ddb-4f2d-87b5-8ccbfd6c039e")
    assert _sent(server, 2)[:2] == ("GET", "/v1.0/outplans/d5fb7357-7ddb-4f2d-87b5-8ccbfd6c039e")
    assert plan.dial_timeout == 30000

    body = dict(seeds.OUTPLAN_CREATE_BODY)
    body["source"] = Address.tel("+15559876543")
    created = vb.outplans.create(**body)
    assert _sent(server, 3) == ("POST", "/v1.0/outplans", {}, seeds.OUTPLAN_CREATE_BODY)
    assert created.try_interval == 600000

    basic = vb.outplans.update(plan.id, **seeds.OUTPLAN_BASIC_BODY)
    assert _sent(server, 4) == ("PUT", f"/v1.0/outplans/{plan.id}", {}, seeds.OUTPLAN_BASIC_BODY)
    assert basic.detail == "outplan for test use"

    dial = dict(seeds.OUTPLAN_DIAL_INFO_BODY)  # the source as a plain dict this time
    vb.outplans.update_dial_info(plan.id, **dial)
    assert _sent(server, 5) == ("PUT", f"/v1.0/outplans/{plan.id}/dial_info", {}, seeds.OUTPLAN_DIAL_INFO_BODY)

    vb.outplans.delete("88334a03-bc6b-40b6-878f-46df2d9865db")
    assert _sent(server, 6)[:2] == ("DELETE", "/v1.0/outplans/88334a03-bc6b-40b6-878f-46df2d9865db")


def test_design_example_creates_an_outplan_with_few_fields(server: Loopback, vb: Voipbin) -> None:
    server.reply(200, seeds.OUTPLAN_CREATED)
    vb.outplans.create(name="n", source=Address.tel("+15559876543"), dial_timeout=30000,
                       try_interval=600000, max_try_count_0=5)  # fmt: skip
    assert server.requests[0].json() == {
        "name": "n", "source": {"type": "tel", "target": "+15559876543"},
        "dial_timeout": 30000, "try_interval": 600000, "max_try_count_0": 5,
    }  # fmt: skip


def test_path_ids_take_uuid_and_are_quoted(server: Loopback, vb: Voipbin) -> None:
    import uuid

    server.reply(200, seeds.ROUTE_DETAIL, times=2)
    vb.routes.get(uuid.UUID("dccfd81b-5f11-4c49-8e3f-70730ef1a4d3"))
    vb.routes.get("a/b?c")
    assert server.requests[0].path == "/v1.0/routes/dccfd81b-5f11-4c49-8e3f-70730ef1a4d3"
    assert server.requests[1].path == "/v1.0/routes/a%2Fb%3Fc"
    with pytest.raises(ValueError, match="non-empty"):
        vb.routes.delete("")
    assert len(server.requests) == 2


async def test_route_tutorial_async(server: Loopback) -> None:
    server.reply(200, seeds.ROUTE_LIST)
    server.reply(200, {"result": [], "next_page_token": ""})
    server.reply(200, seeds.ROUTE_CREATED)
    server.reply(200, seeds.ROUTE_DELETED)
    async with AsyncVoipbin(token="t", base_url=server.base_url) as vb:
        ids = [str(route.id) async for route in vb.routes.list(customer_id=seeds.SYSTEM_CUSTOMER)]
        created = await vb.routes.create(**seeds.ROUTE_CREATE_BODY)
        deleted = await vb.routes.delete(created.id)
    assert ids == ["491b6858-5357-11ed-b753-8fd49cd36340"]
    assert server.requests[2].json() == seeds.ROUTE_CREATE_BODY
    assert voipbin.is_deleted(deleted) and not voipbin.is_deleted(created)


async def test_outplan_dial_info_async(server: Loopback) -> None:
    server.reply(200, seeds.OUTPLAN)
    async with AsyncVoipbin(token="t", base_url=server.base_url) as vb:
        plan = await vb.outplans.update_dial_info(seeds.OUTPLAN["id"], **{
            **seeds.OUTPLAN_DIAL_INFO_BODY, "source": Address.tel("+15559876543")})  # fmt: skip
    assert server.requests[0].json() == seeds.OUTPLAN_DIAL_INFO_BODY
    assert plan.max_try_count_4 == 5
