"""Fault injection: every fault of the catalog, every method, both clients.

The outcome, the attempts and the back-off must be what the retry policy promises:
never a POST sent twice once it may have reached the server, never a hang, and an
elapsed time within the fault's bound. Rows go to docs/reliability.md.
"""

from __future__ import annotations

import pytest
import voipbin

from tests.loopback import Loopback
from tests.reliability.conftest import Recorder
from tests.reliability.faults import FAULTS, METHODS, ROUTE, Fault, each, resent_only_after_429, run

CASES = [(fault, method, mode) for fault in FAULTS for method in METHODS for mode in ("sync", "async")]


@pytest.mark.parametrize(
    ("fault", "method", "mode"), CASES, ids=[f"{f.name}-{method}-{mode}" for f, method, mode in CASES]
)
def test_fault(fault: Fault, method: str, mode: str, server: Loopback, report: Recorder) -> None:
    observed = run(fault, method, mode, server)

    outcome, attempts, waited = fault.expect[method]
    assert (observed.outcome, observed.attempts) == (outcome, attempts)
    assert observed.waited == pytest.approx(waited)
    assert observed.elapsed < fault.bound
    assert resent_only_after_429(server.requests, server.answers), "a POST that may have run was sent again"
    if isinstance(observed.error, voipbin.APIError):
        assert len(str(observed.error)) < 700, "an error message must stay short whatever the body"
    report.add(
        "faults",
        [fault.name, method, outcome, attempts, f"{waited:g}", f"{fault.bound:g}"],
        {f"Elapsed {mode} (ms)": f"{observed.elapsed * 1000:.0f}"},
    )


NEVER_ANSWERS = Fault(
    "every attempt stalls past the timeout",
    lambda server: server.reply(200, ROUTE, delay=3.0, times=3),
    each(("APITimeoutError", 3, 1.5)),
    options={"timeout": 0.2},
)


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_server_that_never_answers_cannot_hang_a_call(mode: str, server: Loopback) -> None:
    """Real clock, real sleeps: the call ends after its three attempts' timeouts and the
    back-off the policy chose (jitter pinned at its maximum), and not much later."""
    observed = run(NEVER_ANSWERS, "GET", mode, server, real_sleeps=True)
    assert (observed.outcome, observed.attempts, observed.waited) == NEVER_ANSWERS.expect["GET"]
    floor = 3 * NEVER_ANSWERS.options["timeout"] + observed.waited
    assert floor <= observed.elapsed < floor + 1.0
