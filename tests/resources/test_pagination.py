"""Pagination stop rules for every list shape VoIPBIN answers, counting requests."""

from __future__ import annotations

from typing import Any

import pytest
from voipbin import AsyncVoipbin, Voipbin

from tests.loopback import Loopback


def route(n: int) -> dict[str, Any]:
    return {"id": f"00000000-0000-0000-0000-{n:012d}", "target": "all", "tm_create": f"2026-01-15T09:30:{n:02d}Z"}


def page(first: int, count: int, token: str | None) -> dict[str, Any]:
    body: dict[str, Any] = {"result": [route(n) for n in range(first, first + count)]}
    if token is not None:
        body["next_page_token"] = token
    return body


@pytest.fixture
def vb(server: Loopback) -> Voipbin:
    return Voipbin(token="t", base_url=server.base_url)


def ids(items: Any) -> list[int]:
    return [int(str(item.id)[-12:]) for item in items]


def tokens_sent(server: Loopback) -> list[str | None]:
    return [r.query.get("page_token", [None])[0] for r in server.requests]


def test_envelope_until_the_empty_last_page(server: Loopback, vb: Voipbin) -> None:
    server.reply(200, page(1, 2, "t1"))
    server.reply(200, page(3, 2, "t2"))
    server.reply(200, page(5, 1, "t3"))  # the last page still carries a token
    server.reply(200, {"result": [], "next_page_token": ""})
    assert ids(vb.routes.list(page_size=2)) == [1, 2, 3, 4, 5]
    assert tokens_sent(server) == [None, "t1", "t2", "t3"]
    assert all(r.query["page_size"] == ["2"] for r in server.requests)


def test_stops_when_the_token_is_omitted(server: Loopback, vb: Voipbin) -> None:
    server.reply(200, page(1, 2, "t1"))
    server.reply(200, page(3, 1, None))
    assert ids(vb.routes.list()) == [1, 2, 3]
    assert len(server.requests) == 2


def test_stops_on_an_empty_token(server: Loopback, vb: Voipbin) -> None:
    server.reply(200, page(1, 2, ""))
    assert ids(vb.routes.list()) == [1, 2]
    assert len(server.requests) == 1


def test_stops_when_the_server_repeats_the_token(server: Loopback, vb: Voipbin) -> None:
    server.reply(200, page(1, 1, "same"))
    server.reply(200, page(2, 1, "same"))
    assert ids(vb.routes.list()) == [1, 2]
    assert len(server.requests) == 2


def test_stops_on_a_null_result(server: Loopback, vb: Voipbin) -> None:
    server.reply(200, page(1, 1, "t1"))
    server.reply(200, {"result": None, "next_page_token": "t2"})
    assert ids(vb.routes.list()) == [1]
    assert len(server.requests) == 2


def test_lazy_never_asks_for_a_page_it_does_not_need(server: Loopback, vb: Voipbin) -> None:
    server.reply(200, page(1, 2, "t1"))
    server.reply(200, page(3, 2, "t2"))
    items = iter(vb.routes.list())
    assert len(server.requests) == 0
    next(items), next(items)
    assert len(server.requests) == 1
    assert ids([next(items)]) == [3]
    assert len(server.requests) == 2


def test_pages_expose_the_cursor_and_resume_from_it(server: Loopback, vb: Voipbin) -> None:
    server.reply(200, page(1, 2, "t1"))
    first = next(iter(vb.routes.list().pages()))
    assert (ids(first.items), first.next_page_token) == ([1, 2], "t1")
    server.reply(200, page(3, 1, ""))
    assert ids(vb.routes.list(page_token=first.next_page_token)) == [3]
    assert tokens_sent(server) == [None, "t1"]


def test_bare_array_is_one_page(server: Loopback, vb: Voipbin) -> None:
    address = {"id": "00000000-0000-0000-0000-000000000009", "type": "tel", "target": "+15551234567"}
    server.reply(200, [address, address])
    assert len(list(vb.contact_addresses.list())) == 2
    server.reply(200, body=b"null", headers={"Content-Type": "application/json"})
    assert list(vb.contact_addresses.list()) == []
    assert len(server.requests) == 2


def test_result_only_and_null_result(server: Loopback, vb: Voipbin) -> None:
    server.reply(200, {"result": [{"number": "+15551234567"}, {"number": "+15551234568"}]})
    assert [n.number for n in vb.available_numbers.list(country_code="US")] == ["+15551234567", "+15551234568"]
    server.reply(200, {"result": None})
    assert list(vb.available_numbers.list(country_code="US")) == []
    assert len(server.requests) == 2
    assert "page_token" not in server.requests[0].query


async def test_async_pagination(server: Loopback) -> None:
    server.reply(200, page(1, 2, "t1"))
    server.reply(200, page(3, 2, "t2"))
    server.reply(200, {"result": [], "next_page_token": ""})
    async with AsyncVoipbin(token="t", base_url=server.base_url) as vb:
        seen = [item async for item in vb.routes.list()]
        assert ids(seen) == [1, 2, 3, 4]
        assert tokens_sent(server) == [None, "t1", "t2"]
        server.reply(200, page(9, 1, "t9"))
        pages = vb.routes.list(page_token="resume").pages()
        first = await pages.__anext__()
    assert (ids(first.items), first.next_page_token) == ([9], "t9")
    assert tokens_sent(server)[-1] == "resume"


def test_paginators_say_what_they_list_without_asking(server: Loopback) -> None:
    with Voipbin(token="secret-token", base_url=server.base_url) as vb:
        listing = vb.routes.list(page_size=50, customer_id="c1", extra_query={"k": "private"})
        assert repr(listing) == "SyncPaginator(GET /routes, page_size=50, customer_id='c1')"
        assert repr(vb.routes.list(page_token="p2")) == "SyncPaginator(GET /routes, page_token='p2')"
        assert repr(vb) == f"Voipbin(base_url={server.base_url!r}, auth='token')"
    avb = AsyncVoipbin(accesskey="secret-key", base_url=server.base_url)
    assert repr(avb.outplans.list()) == "AsyncPaginator(GET /outplans)"
    assert repr(avb) == f"AsyncVoipbin(base_url={server.base_url!r}, auth='accesskey')"
    assert server.requests == []  # a repr sends nothing
