"""Downloads: the file an operation's redirect points to, in memory or written to a
path or file object in bounded memory (docs/server-behaviour.md#downloads-via-redirect).
Either way the answer is held to max_response_bytes."""

from __future__ import annotations

import contextlib
import dataclasses
import os
import secrets
from collections.abc import Callable, Iterator
from typing import Any, BinaryIO

import httpx

from ._body import WRITTEN, Sink
from ._parsers import raw_bytes
from ._request import Request

Destination = str | os.PathLike[str] | BinaryIO

# A new file: read and write for all, less what the umask takes away (as open() gives);
# never through a link planted where the partial file goes.
_NEW_FILE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)


def bytes_written(response: httpx.Response) -> int:
    return int(response.extensions[WRITTEN])


@contextlib.contextmanager
def download(request: Request, to: Destination | None) -> Iterator[tuple[Request, Callable[[httpx.Response], Any]]]:
    """A download's request and parser: the file's bytes in memory (``to=None``), or
    written to ``to`` chunk by chunk in bounded memory. A file object is written from where
    it stands. A path is written beside itself under a temporary name and renamed into
    place once whole, so a failed download never leaves a partial file, and a link at the
    path is replaced, not followed."""
    if to is None:
        yield dataclasses.replace(request, download=True), raw_bytes
        return
    if not isinstance(to, str | os.PathLike):
        yield dataclasses.replace(request, download=True, sink=Sink(to)), bytes_written
        return
    target = os.fspath(to)
    partial = os.path.join(os.path.dirname(os.path.abspath(target)), f".voipbin-download-{secrets.token_hex(8)}")
    handle = os.open(partial, _NEW_FILE, 0o666)
    try:
        with os.fdopen(handle, "wb") as file:
            yield dataclasses.replace(request, download=True, sink=Sink(file)), bytes_written
        os.replace(partial, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(partial)
        raise
