"""Each line marked with an E comment must be a type error: proof that the methods and models carry real types."""

from __future__ import annotations

from voipbin import Address, Voipbin, actions
from voipbin.types import ActionParam


def wrong(vb: Voipbin) -> None:
    vb.routes.get(123)  # E: an id is str or UUID
    vb.routes.create(customer_id="c", provider_id="p", priority="high", target="+82")  # E: priority is int
    vb.routes.create(provider_id="p", priority=1, target="+82")  # E: customer_id is required
    vb.routes.nonexistent()  # E: no such operation
    count: int = vb.routes.get("x")  # E: returns a route, not an int
    vb.outplans.create(name="n", source=42, dial_timeout=1, try_interval=1, max_try_count_0=1)  # E: source
    route = vb.routes.get("x")
    route.priority + "1"  # E: priority is an int
    route.no_such_field  # E: no such field
    plan = vb.outplans.get("x")
    plan.source.target  # E: source may be null
    vb.calls.create(source={"type": "tel", "tagret": "+15551234567"})  # E: a misspelt key of AddressParam
    vb.calls.create(source={"type": "tel"})  # E: target is a required key
    vb.calls.create(source=Address.tel("+15551234567"), anonymous="maybe")  # E: not one of yes, no, auto
    vb.calls.create(actions=[{"typ": "talk"}])  # E: a misspelt action key
    vb.calls.create(actions=[{"type": "tlak"}])  # E: not an action type
    vb.calls.get("x").direction == "sideways"  # comparing is allowed: answers are open
    del count
    vb.flows.create(name="f", detail="", actions=[{"typ": "talk"}])  # E: a misspelt action key
    vb.flows.create(name="f", detail="", actions=[{"type": "tlak"}])  # E: no such action type
    actions.talk(text="hi", digits_handle="later")  # E: a wrong Literal value
    actions.talk(txt="hi")  # E: a wrong builder keyword
    actions.goto(target_id=5)  # E: an id is str or UUID
    wrong_option: ActionParam = {"type": "talk", "option": {"txt": "hi"}}  # E: no option of any type has txt
    del wrong_option
