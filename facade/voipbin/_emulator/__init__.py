"""An offline VoIPBIN server for tests: ``voipbin.testing.Emulator`` (see _emulator.py).

Split by concern: _http (loopback server, WebSocket), _api (REST dispatch over the
generated table), _store (rows, paging, deletion), _access (credentials, permissions),
_clock (virtual time), _calls and _flow (a call's life and its actions), _phones (scripted
far ends), _events (WebSocket frames, signed webhooks), _faults (injected failures).
"""

from ._emulator import Emulator
from ._phones import Phone

__all__ = ["Emulator", "Phone"]
