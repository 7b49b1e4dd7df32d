"""Checked by mypy --strict against the installed wheel (tests/packaging/test_wheel.py): how
applications use the SDK. ``# R:`` gives what reveal_type must print on that line."""

from __future__ import annotations

import datetime
import uuid

import voipbin
from voipbin import Address, AsyncVoipbin, SyncPaginator, Voipbin, actions
from voipbin.types import ActionOptionTalk, ActionParam, ActionType, Call, CallsCreated, CallStatus, Flow, Outplan, Route


def sync_usage(vb: Voipbin) -> list[str]:
    routes: SyncPaginator[Route] = vb.routes.list(customer_id="c", page_size=50)
    targets = [route.target for route in routes]
    route = vb.routes.get(uuid.uuid4())
    reveal_type(route)  # R: voipbin_api.models.route.Route
    reveal_type(route.id)  # R: str
    reveal_type(route.priority + 1)  # R: int
    reveal_type(route.tm_delete)  # R: datetime.datetime | None
    vb.routes.create(customer_id="c", provider_id="p", priority=1, target="+82")
    vb.routes.update(route.id, name="n", detail="d", provider_id="p", priority=2, target="+82")
    plan: Outplan = vb.outplans.create(
        name="n", source=Address.tel("+15559876543"), dial_timeout=30000, try_interval=600000, max_try_count_0=5
    )
    reveal_type(plan.source)  # R: voipbin_api.runtime.Address | None
    vb.outplans.update_dial_info("id", source={"type": "tel", "target": "+15559876543"}, dial_timeout=1,
                                 try_interval=1, max_try_count_0=1, max_try_count_1=1, max_try_count_2=1,
                                 max_try_count_3=1, max_try_count_4=1)  # fmt: skip
    created: CallsCreated = vb.calls.create(source=Address.tel("+15559876543"), destinations=[Address.tel("+15551234567")])
    vb.calls.create(
        source={"type": "tel", "target": "+15559876543"}, destinations=[{"type": "sip", "target": "a@example.com"}],
        actions=[{"type": "talk", "option": {"text": "hello"}}, {"type": ActionType.HANGUP}], anonymous="auto",
    )  # fmt: skip
    reveal_type(CallStatus.HANGUP)  # R: Literal[voipbin_api.models.call_status.CallStatus.HANGUP]?
    reveal_type(route.replace(priority=2))  # R: voipbin_api.models.route.Route
    calls: list[Call] = created.calls or []
    reveal_type(voipbin.is_nil_id(calls[0].flow_id if calls else None))  # R: bool
    reveal_type(vb.with_raw_response.routes.get("r1").parsed)  # R: voipbin_api.models.route.Route
    reveal_type(vb.get("/new", cast_to=dict))  # R: dict[Any, Any]
    vb.service_agents.contacts.addresses.delete("c1", "a1", extra_headers={"X-App": "crm"})
    reveal_type(vb.recordingfiles.get("r1"))  # R: bytes
    reveal_type(vb.recordingfiles.get("r1", to="recording.zip"))  # R: int
    talk_id = uuid.uuid4()
    flow: Flow = vb.flows.create(name="ivr", detail="", actions=[
        actions.answer(),
        actions.talk(text="Press 1", language="en-US", digits_handle="next", async_=False, id=talk_id),
        actions.digits_receive(duration=5000, length=1),
        actions.branch(target_ids={"1": talk_id}, default_target_id=talk_id),
        actions.connect(source=Address.tel("+15559876543"), destinations=[{"type": "tel", "target": "+1555"}]),
        actions.goto(target_id=talk_id, loop_count=2),
        {"type": "hangup", "option": {"reason": "normal"}},
    ])  # fmt: skip
    as_dict: ActionParam = {"type": "talk", "option": {"text": "Hi", "language": "en-US"}, "id": talk_id}
    vb.calls.create(source=Address.tel("+15559876543"), destinations=[Address.tel("+15551234567")],
                    actions=[as_dict, actions.hangup()])  # fmt: skip
    option = (flow.actions or [])[1].option
    if isinstance(option, ActionOptionTalk):
        reveal_type(option.text)  # R: str | None
    reveal_type(actions.talk(text="x"))  # R: voipbin_api.models.action.Action
    when: datetime.datetime | None = voipbin.deleted_at(route)
    del when
    return [*targets, route.to_json()]


async def async_usage(vb: AsyncVoipbin) -> list[str]:
    route: Route = await vb.routes.get("id")
    return [r.target async for r in vb.routes.list()] + [route.target]
