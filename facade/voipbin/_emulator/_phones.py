"""Scripted callees and callers: what the phone at a number does when the emulator calls it.

    emu.phone("+15557654321").answers(after=2).presses("1").hangs_up(after=10)
    emu.phone("+15550001111").busy()
    emu.phone("+15550002222").no_answer()
    emu.phone("+15557654321").calls("+15551230000")   # an inbound call to a number of the customer

A phone nobody scripted answers after ``DEFAULT_ANSWER`` seconds and stays on the line until
the flow ends the call. The digits a phone ``presses`` are sent one per second from the
moment a ``digits_receive`` action starts listening, each string once, in order.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

DEFAULT_ANSWER = 1.0
RING_DELAY = 0.5  # dialing -> ringing: the network's answer to the dial
BUSY_DELAY = 1.0
DIAL_TIMEOUT = 60.0  # bin-call-manager/pkg/callhandler/main.go:176: defaultDialTimeout = 60 (seconds)
DIGIT_GAP = 1.0


@dataclass
class Phone:
    """What one number does; each method returns the phone, so a script reads as a sentence."""

    number: str
    _dial_in: Callable[[Phone, str], str] | None = field(default=None, repr=False)  # the emulator's
    outcome: str = "answer"  # answer, busy, no_answer
    answer_after: float = DEFAULT_ANSWER
    hangup_after: float | None = None
    digits: list[str] = field(default_factory=list)

    def answers(self, after: float = 0.0) -> Phone:
        """Answer a call ``after`` virtual seconds of ringing."""
        self.outcome, self.answer_after = "answer", after
        return self

    def presses(self, digits: str) -> Phone:
        """Digits sent when the flow next listens (``digits_receive``); call again for later prompts."""
        self.digits.append(digits)
        return self

    def hangs_up(self, after: float) -> Phone:
        """Hang up ``after`` seconds after answering (the call ends ``hangup_by`` remote)."""
        self.hangup_after = after
        return self

    def busy(self) -> Phone:
        """Refuse every call as busy."""
        self.outcome = "busy"
        return self

    def no_answer(self) -> Phone:
        """Ring until the server's dial timeout (60 s), then the call ends ``noanswer``."""
        self.outcome = "no_answer"
        return self

    def calls(self, number: str) -> str:
        """Call ``number`` (one of the customer's numbers) from this phone; the call's id.
        The number's ``call_flow_id`` runs, as the server runs it for an incoming call."""
        if self._dial_in is None:
            raise RuntimeError("this phone belongs to no emulator")
        return self._dial_in(self, number)
