"""Response models as users meet them: ids as sent, None instead of sentinels, strict about
wrong JSON types (naming the field), lenient about everything a newer or older server does."""

from __future__ import annotations

import asyncio
import datetime
import json
import pickle
import uuid
from typing import Any

import pytest
import voipbin
from voipbin import AsyncVoipbin, Voipbin
from voipbin.types import Call, CallsCreated, Outplan, Route
from voipbin_api.models import Address, CallStatus
from voipbin_api.runtime import FieldError

from tests.loopback import Loopback, Reply

ROUTE = {
    "id": "b972b61c-59d2-4217-8fbb-a32304be5c3b", "customer_id": "00000000-0000-0000-0000-000000000001",
    "name": "", "detail": "", "provider_id": "4dbeabd6-f397-4375-95d2-a38411e07ed1", "priority": 1,
    "target": "+82", "tm_create": "2026-01-15T09:30:00.123456Z", "tm_update": None, "tm_delete": None,
}  # fmt: skip
CALL = {"id": "00000000-0000-0000-0000-0000000000c1", "status": "progressing", "flow_id": "flow789"}


def serve(server: Loopback, body: Any, status: int = 200) -> None:
    server.handler = lambda received: Reply(status, json.dumps(body).encode(), {"Content-Type": "application/json"})


@pytest.fixture(params=["sync", "async"])
def call(request: pytest.FixtureRequest, server: Loopback) -> Any:
    """``call(lambda vb: vb.routes.get("x"))`` on each client against the loopback server."""

    def run(operation: Any) -> Any:
        if request.param == "sync":
            with Voipbin(token="models-test-token", base_url=server.base_url, max_retries=0) as vb:
                return operation(vb)

        async def go() -> Any:
            async with AsyncVoipbin(token="models-test-token", base_url=server.base_url, max_retries=0) as avb:
                return await operation(avb)

        return asyncio.run(go())

    return run


async def collect(items: Any) -> list[Any]:
    return [item async for item in items]


@pytest.mark.parametrize("value", [voipbin.NIL_ID, voipbin.NIL_ID.upper(), uuid.UUID(int=0), None, ""])
def test_is_nil_id_for_each_form_of_no_reference(value: object) -> None:
    assert voipbin.is_nil_id(value) is True


@pytest.mark.parametrize(
    "value", [ROUTE["id"], uuid.uuid4(), "flow789", " ", 0, "00000000-0000-0000-0000-000000000001"]
)
def test_is_nil_id_is_false_for_real_references(value: object) -> None:
    assert voipbin.is_nil_id(value) is False


def test_ids_are_the_servers_strings_and_fields_are_plain_values(call: Any, server: Loopback) -> None:
    serve(server, ROUTE)
    route = call(lambda vb: vb.routes.get(uuid.UUID(ROUTE["id"])))
    assert isinstance(route, Route)
    assert route.id == "b972b61c-59d2-4217-8fbb-a32304be5c3b" and type(route.id) is str
    assert route.priority + 1 == 2 and route.detail == "" and route.tm_update is None
    assert route.tm_create == datetime.datetime(2026, 1, 15, 9, 30, 0, 123456, tzinfo=datetime.UTC)
    assert json.loads(route.to_json()) == ROUTE
    assert server.requests[0].path == f"/v1.0/routes/{ROUTE['id']}"


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({**ROUTE, "priority": "high"}, "Route.priority: expected int, got str 'high'"),
        ({**ROUTE, "priority": True}, "Route.priority: expected int, got bool True"),
        ({**ROUTE, "name": ["a"]}, "Route.name: expected str, got list ['a']"),
        ({**ROUTE, "tm_create": 1700000000}, "Route.tm_create: expected a timestamp string, got int"),
        ({**ROUTE, "tm_create": "yesterday"}, "Route.tm_create: expected a timestamp string"),
        ([ROUTE], "Route: expected object, got list"),
    ],
)
def test_a_present_value_of_the_wrong_json_type_names_the_model_and_field(
    call: Any, server: Loopback, body: Any, message: str
) -> None:
    serve(server, body)
    with pytest.raises(voipbin.ResponseParseError, match=message.replace("[", r"\[").replace("]", r"\]")):
        call(lambda vb: vb.routes.get("r1"))


def test_nested_and_list_paths_are_named(call: Any, server: Loopback) -> None:
    serve(server, {"id": "p1", "source": {"type": "tel", "target": 15551234567}})
    with pytest.raises(voipbin.ResponseParseError, match=r"Outplan\.source\.target: expected str"):
        call(lambda vb: vb.outplans.get("p1"))
    serve(server, {"result": [ROUTE, ROUTE, {**ROUTE, "priority": "2"}], "next_page_token": ""})
    with pytest.raises(voipbin.ResponseParseError, match=r"Route\[2\]\.priority: expected int"):
        call(lambda vb: list(vb.routes.list()) if isinstance(vb, Voipbin) else collect(vb.routes.list()))


def test_absent_unknown_and_non_uuid_are_accepted_and_kept(call: Any, server: Loopback) -> None:
    body = {**CALL, "status": "a_status_newer_than_the_sdk", "field_newer_than_the_sdk": {"x": 1}}
    serve(server, body)
    got = call(lambda vb: vb.calls.get("c1"))
    assert isinstance(got, Call)
    assert got.flow_id == "flow789" and got.source is None and got.tm_create is None  # absent: None
    assert got.status == "a_status_newer_than_the_sdk" and isinstance(got.status, CallStatus)
    assert got["field_newer_than_the_sdk"] == {"x": 1} and "field_newer_than_the_sdk" in got
    assert got.additional_properties == {"field_newer_than_the_sdk": {"x": 1}}
    assert got.to_dict() == body


@pytest.mark.parametrize(
    "shape",
    [
        {"calls": [CALL], "groupcalls": []},  # today's
        [CALL],  # older servers: a bare array of calls
        CALL,  # some docs: one call object
    ],
)
def test_post_calls_in_every_shape_comes_back_as_calls_created(call: Any, server: Loopback, shape: Any) -> None:
    serve(server, shape)
    created = call(lambda vb: vb.calls.create(destinations=[voipbin.Address.tel("+15551234567")]))
    assert isinstance(created, CallsCreated)
    assert [c.id for c in created.calls or []] == [CALL["id"]] and created.groupcalls == []
    assert created.calls and created.calls[0].flow_id == "flow789"


def test_repr_lists_the_fields_present_without_addresses() -> None:
    route = Route.from_dict({"id": "r1", "name": "n", "tm_delete": None, "extra": 1})
    assert repr(route) == "Route(id='r1', name='n', tm_delete=None, additional_properties={'extra': 1})"
    assert " at 0x" not in repr(Outplan.from_dict({"source": {"type": "tel"}}))


def test_to_dict_round_trips_and_equality_and_pickle() -> None:
    route = Route.from_dict(ROUTE)
    again = Route.from_dict(route.to_dict())
    assert again == route and again.to_dict() == ROUTE
    assert route != Route.from_dict({**ROUTE, "priority": 2})
    assert pickle.loads(pickle.dumps(route)) == route
    with pytest.raises(TypeError):
        hash(route)


def test_models_built_by_hand_serialise_what_was_given() -> None:
    address = Address(type="tel", target="+15551234567")
    assert address.to_dict() == {"type": "tel", "target": "+15551234567"}
    assert Address.from_dict(address.to_dict()) == address


def test_field_errors_pickle_with_their_message() -> None:
    error = FieldError("Route", "priority", "int", "high")
    assert str(pickle.loads(pickle.dumps(error))) == str(error)


def test_a_nil_reference_is_kept_as_sent_and_none_sends_the_nil_uuid(server: Loopback) -> None:
    serve(server, {**CALL, "flow_id": voipbin.NIL_ID})
    with Voipbin(token="models-test-token", base_url=server.base_url) as vb:
        got = vb.calls.create(flow_id=None, destinations=[voipbin.Address.tel("+15551234567")])
        number = vb.numbers.update_flow_ids("n1", call_flow_id=None, message_flow_id="f1")
    assert server.requests[0].json()["flow_id"] == voipbin.NIL_ID
    assert server.requests[1].json() == {"call_flow_id": voipbin.NIL_ID, "message_flow_id": "f1"}
    assert got.calls and voipbin.is_nil_id(got.calls[0].flow_id) and got.calls[0].flow_id == voipbin.NIL_ID
    del number


def test_replace_gives_a_changed_copy_and_leaves_the_original() -> None:
    route = Route.from_dict({"id": "r1", "priority": 1, "target": "+82", "unknown": "kept"})
    changed = route.replace(priority=2)
    assert (changed.priority, route.priority) == (2, 1)
    assert changed.to_dict() == {"id": "r1", "priority": 2, "target": "+82", "unknown": "kept"}
    assert type(changed) is Route and route.__replace__(target="+1").target == "+1"  # copy.replace on 3.13
    with pytest.raises(TypeError, match="no field priorty"):
        route.replace(priorty=3)


def test_reprs_and_errors_use_the_public_names() -> None:
    assert repr(Route.from_dict({"id": "r1"})) == "Route(id='r1')"
    with pytest.raises(FieldError, match=r"^Route\.priority: expected int"):
        Route.from_dict({"priority": "high"})
