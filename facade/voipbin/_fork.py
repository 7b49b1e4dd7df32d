"""A child process made by os.fork() (gunicorn --preload, Celery's prefork pool, a
multiprocessing "fork" worker) forgets every connection it inherited from its parent.

The child holds copies of the parent's sockets: a request it sent on a pooled connection
would be answered to whichever process reads first, the parent and the child each
reading the other's answers. So, in the child, each pool behind a live httpx client the
SDK made (a lent http_client's too: no connection can serve two processes) is emptied
and given new locks (a thread of the parent may have held one at the fork, and that
thread is not in the child), and each live event stream drops its connection. Nothing
is closed: closing would shut the parent's connections too (a TLS close_notify, a
WebSocket close frame); the child's copies of the sockets are only let go, and the
child opens its own on its first request. An asyncio client's connections belonged to
the parent's event loop anyway: the child's first use opens new ones in its own loop.
"""

from __future__ import annotations

import os
import weakref
from typing import Protocol

import httpx

from ._transport import pools


class Forgetful(Protocol):
    def forget_connection(self) -> None: ...


# The SDK's live httpx clients and event streams (weak: a registry keeps nothing alive).
CLIENTS: weakref.WeakSet[httpx.Client | httpx.AsyncClient] = weakref.WeakSet()
STREAMS: weakref.WeakSet[Forgetful] = weakref.WeakSet()


def forget_connections() -> None:
    """In the child, after os.fork(): every inherited connection dropped, none closed."""
    for client in list(CLIENTS):
        for pool in pools(client):
            pool._connections = []
            pool._requests = []  # requests of parent threads, which the child does not have
            pool._optional_thread_lock = type(pool._optional_thread_lock)()
    for stream in list(STREAMS):
        stream.forget_connection()


if hasattr(os, "register_at_fork"):  # POSIX; Windows has no fork
    os.register_at_fork(after_in_child=forget_connections)
