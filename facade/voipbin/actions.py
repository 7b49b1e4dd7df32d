"""Call-flow actions, one typed builder per action type, named as the type:

    from voipbin import actions
    vb.flows.create(name="ivr", detail="", actions=[
        actions.answer(),
        actions.talk(text="Press 1 for sales", language="en-US", id=talk_id),
        actions.digits_receive(duration=5000, length=1),
        actions.goto(target_id=talk_id, loop_count=2),
        actions.hangup(),
    ])

Each returns the Action it describes (voipbin.types.Action), taken wherever actions are: flows,
calls, activeflows, campaigns. A dict of the same shape works too (voipbin.types.ActionParam).
Before a list of actions is sent, the ids its goto, branch, condition and next_id name are
checked to be ids of actions in the list: ValueError names the action otherwise. The builders
are generated from the spec's option schemas and the server's option structs.
"""

from ._generated.actions import *  # noqa: F403 (one builder per action type)
from ._generated.actions import __all__ as __all__
