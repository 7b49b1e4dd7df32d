"""Downloads: the file an operation's redirect points to, in memory or written to a
path or file object in bounded memory (docs/server-behaviour.md#downloads-via-redirect)."""

from __future__ import annotations

import contextlib
import dataclasses
import os
from collections.abc import Callable, Iterator
from typing import Any, BinaryIO

import httpx

from ._body import WRITTEN
from ._parsers import raw_bytes
from ._request import Request

Destination = str | os.PathLike[str] | BinaryIO


def bytes_written(response: httpx.Response) -> int:
    return int(response.extensions[WRITTEN])


@contextlib.contextmanager
def download(request: Request, to: Destination | None) -> Iterator[tuple[Request, Callable[[httpx.Response], Any]]]:
    """A download's request and parser: the file's bytes in memory (``to=None``, within
    max_response_bytes), or written to ``to`` chunk by chunk in bounded memory. A path is
    written beside itself under a temporary name and renamed into place once whole, so a
    failed download never leaves a partial file."""
    if to is None:
        yield dataclasses.replace(request, download=True), raw_bytes
        return
    if not isinstance(to, str | os.PathLike):
        yield dataclasses.replace(request, download=True, sink=to), bytes_written
        return
    import tempfile  # only downloads to a path need it

    target = os.fspath(to)
    handle, partial = tempfile.mkstemp(dir=os.path.dirname(os.path.abspath(target)), prefix=".voipbin-download-")
    try:
        with os.fdopen(handle, "w+b") as sink:
            yield dataclasses.replace(request, download=True, sink=sink), bytes_written
        os.replace(partial, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(partial)
        raise
