"""Reading an answer's body: decoded here, held to the attempt's end time and to a size cap.

httpx would inflate a whole raw chunk at once (300 KB of gzip can be 1 GB) and bounds
each read, not the whole body (a byte every few seconds never times out). So the SDK
reads the raw stream itself, a chunk at a time, and the answer it hands on is marked:
TRUNCATED when a non-2xx body was cut at the cap (its error quotes the head), WRITTEN
when a download's body went to its sink instead of memory.
"""

from __future__ import annotations

import time
import zlib
from typing import BinaryIO

import httpx

from ._constants import MAX_ERROR_BODY_BYTES
from ._timeouts import capped

# Set on a non-2xx answer read only up to the cap (its error quotes the head).
TRUNCATED = "voipbin.truncated"
# Set on a download's answer written to its sink: how many bytes.
WRITTEN = "voipbin.written"


def too_large(limit: int) -> ValueError:
    return ValueError(
        f"the answer is larger than max_response_bytes={limit} decoded bytes: pass a larger max_response_bytes= "
        "to the call (or the client) if it is expected"
    )


class Sink:
    """A download's destination file object, as the attempts of one call write it. Where it
    stood when the call started is noted: what it held before stays (a header written
    first, earlier downloads into one archive), and only a retry goes back there to undo
    what the failed attempt wrote. A pipe or socket cannot go back: a retry after bytes
    went into it is refused instead (``start`` None)."""

    def __init__(self, file: BinaryIO) -> None:
        self.file = file
        self.start: int | None = None
        try:
            if file.seekable():
                self.start = file.tell()
        except (OSError, ValueError):  # a stream that claims to seek and cannot
            self.start = None
        self.written = 0  # by the latest attempt

    def restart(self) -> None:
        """Before an attempt writes: take back what an earlier one wrote."""
        if not self.written:
            return
        if self.start is None:
            raise httpx.ReadError("a download into a stream that cannot seek cannot be restarted")
        self.file.seek(self.start)
        self.file.truncate()
        self.written = 0

    def write(self, chunk: bytes) -> None:
        view = memoryview(chunk)
        while view:  # an unbuffered file may take part of it
            done = self.file.write(view)
            view = view[len(view) if done is None else done :]
        self.written += len(chunk)


class Body:
    """One answer's body as it arrives: inflated here, cut at the cap, and refused once the
    attempt's end time (``ends``, time.monotonic(); None: no end) has passed, however
    slowly the bytes trickle in. A 2xx body goes to ``sink`` when there is one, held to
    the same cap: a download's size is bounded wherever it goes."""

    def __init__(self, response: httpx.Response, ends: float | None, max_bytes: int, sink: Sink | None) -> None:
        self._response, self._request, self._ends = response, response.request, ends
        self._chunks: list[bytes] = []
        self._room = max_bytes if response.is_success else min(max_bytes, MAX_ERROR_BODY_BYTES)
        self.full = False  # the cap is reached
        self._sink = sink if response.is_success else None
        if self._sink is not None:
            self._sink.restart()
        encoding = response.headers.get("content-encoding", "identity").strip().lower()
        if encoding not in ("identity", "", "gzip", "x-gzip", "deflate"):  # the SDK sends no Accept-Encoding
            raise httpx.DecodingError(f"the answer is encoded as {encoding!r}, which was not asked for")
        self._inflate = None if encoding in ("identity", "") else zlib.decompressobj(47 if "gzip" in encoding else 15)
        self._raw_deflate = encoding == "deflate"  # some servers send deflate without its zlib header
        if ends is not None:
            # httpcore takes the body's read timeout from the request when the body is first read:
            # the request built for this attempt alone, narrowed to the time the attempt has left.
            self._request.extensions["timeout"] = capped(self._request.extensions["timeout"], ends - time.monotonic())
        self.done = response.is_stream_consumed  # a transport that answered with a body already read (a mock)
        if self.done:
            self._inflate = None
            self.add(response.content)

    def add(self, raw: bytes) -> None:
        """Take the next raw chunk. Sets ``done`` when the cap is reached: stop reading."""
        if self._ends is not None and time.monotonic() > self._ends:
            raise httpx.ReadTimeout("the whole answer did not arrive in the time allowed", request=self._request)
        chunk = self._decode(raw)
        if len(chunk) > self._room:
            chunk, self.full, self.done = chunk[: self._room], True, True
            if self._sink is not None:  # a download past the cap: refused, not written in part
                return
        self._room -= len(chunk)
        if self._sink is not None:  # bounded memory: one chunk at a time
            self._sink.write(chunk)
        else:
            self._chunks.append(chunk)

    def _decode(self, raw: bytes) -> bytes:
        if self._inflate is None:
            return raw
        try:  # never more than the cap allows
            chunk = self._inflate.decompress(raw, self._room + 1)
        except zlib.error:
            if not self._raw_deflate:
                raise httpx.DecodingError("the compressed answer is corrupt", request=self._request) from None
            self._inflate, self._raw_deflate = zlib.decompressobj(-zlib.MAX_WBITS), False
            return self._decode(raw)
        self._raw_deflate = False
        return chunk

    def response(self) -> httpx.Response:
        """The answer with its decoded body (so no longer marked as encoded)."""
        if self._inflate is not None and not self._inflate.eof and not self.full:
            raise httpx.DecodingError("the compressed answer is cut short", request=self._request)
        streamed = self._response
        unchanged = self._inflate is None and self._sink is None and not self.full and streamed.is_success
        if unchanged and "content-encoding" not in streamed.headers:  # the answer itself, its body now read
            streamed._content = b"".join(self._chunks)
            return streamed
        headers = [(k, v) for k, v in streamed.headers.multi_items() if k.lower() != "content-encoding"]
        extensions = {**streamed.extensions, TRUNCATED: True} if self.full else dict(streamed.extensions)
        if self._sink is not None:
            extensions[WRITTEN] = self._sink.written
        return httpx.Response(
            streamed.status_code, headers=headers, content=b"".join(self._chunks), request=self._request,
            extensions=extensions,
        )  # fmt: skip
