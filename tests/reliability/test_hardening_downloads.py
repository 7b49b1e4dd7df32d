"""Downloads hardened (issue 23, cases 1 to 3): a file object keeps what it held, a pipe
takes a download, max_response_bytes holds with to=, a path is created as the umask
says, and a redirect to plain http is followed only from a local plain-http API.
Both clients, on loopback servers. Rows go to docs/reliability.md, section "hardening"."""

from __future__ import annotations

import io
import os
import stat
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import voipbin

from tests.core.conftest import Api
from tests.loopback import Loopback
from tests.reliability.conftest import Recorder

FILE = bytes(range(256)) * 400  # 100 kB
PREFIX = b"header written first\n"


@pytest.fixture
def storage() -> Iterator[Loopback]:
    other = Loopback()
    yield other
    other.close()


def _redirect(server: Loopback, storage: Loopback, times: int = 1) -> None:
    server.reply(307, headers={"Location": f"{storage.root}/bucket/rec.wav?sig=abc"}, times=times)


def test_a_file_object_keeps_what_it_held_and_goes_back_only_to_retry(
    api: Api, server: Loopback, storage: Loopback, report: Recorder
) -> None:
    """Two downloads into one file after a header: both kept, the second after a failed attempt."""
    sink = io.BytesIO()
    sink.write(PREFIX)
    client = api.client()
    _redirect(server, storage, times=3)
    storage.reply(200, body=b"first" * 100)
    storage.reply(200, body=FILE, partial=True)  # half the file, then the connection closes
    storage.reply(200, body=FILE)
    assert api.run(client.recordingfiles.get("r1", to=sink)) == 500
    assert api.run(client.recordingfiles.get("r2", to=sink)) == len(FILE)
    assert sink.getvalue() == PREFIX + b"first" * 100 + FILE
    assert len(storage.requests) == 3
    report.add("hardening", ["to= a file object already holding bytes; an attempt cut short", api.mode,
                             "written from its position; a retry goes back there only"])  # fmt: skip


def test_a_pipe_takes_a_download(api: Api, server: Loopback, storage: Loopback, report: Recorder) -> None:
    read_end, write_end = os.pipe()
    received = bytearray()
    reader = threading.Thread(target=lambda: received.extend(_drain(read_end)), daemon=True)
    reader.start()
    _redirect(server, storage)
    storage.reply(200, body=FILE)
    with os.fdopen(write_end, "wb") as pipe:
        assert api.run(api.client().recordingfiles.get("r1", to=pipe)) == len(FILE)
    reader.join(30)
    assert bytes(received) == FILE
    report.add("hardening", ["to= a pipe (cannot seek)", api.mode, "written; no OSError"])


def _drain(fd: int) -> bytes:
    with os.fdopen(fd, "rb") as pipe:
        return pipe.read()


def test_max_response_bytes_holds_with_to(
    api: Api, server: Loopback, storage: Loopback, tmp_path: Path, report: Recorder
) -> None:
    _redirect(server, storage, times=2)
    storage.reply(200, body=FILE, times=2)
    client = api.client(max_response_bytes=len(FILE) - 1)
    with pytest.raises(voipbin.ResponseParseError, match="max_response_bytes"):
        api.run(client.recordingfiles.get("r1", to=tmp_path / "rec.wav"))
    assert list(tmp_path.iterdir()) == []
    sink = io.BytesIO()
    with pytest.raises(voipbin.ResponseParseError, match="max_response_bytes"):
        api.run(client.recordingfiles.get("r1", to=sink))
    assert len(sink.getvalue()) < len(FILE)
    report.add("hardening", ["to= a path or file object, answer past max_response_bytes", api.mode,
                             "ResponseParseError, no file left"])  # fmt: skip


def test_a_path_gets_the_mode_the_umask_gives(
    api: Api, server: Loopback, storage: Loopback, tmp_path: Path, report: Recorder
) -> None:
    _redirect(server, storage)
    storage.reply(200, body=FILE)
    before = os.umask(0o027)
    try:
        api.run(api.client().recordingfiles.get("r1", to=tmp_path / "rec.wav"))
    finally:
        os.umask(before)
    assert stat.S_IMODE((tmp_path / "rec.wav").stat().st_mode) == 0o640
    report.add("hardening", ["to= a path, umask 027", api.mode, "mode 0640, as open() gives"])


def test_a_redirect_to_plain_http_is_followed_only_when_allowed(api: Api, report: Recorder) -> None:
    """An https API answering 307 to http://127.0.0.1: not followed (a blind request to a local service)."""
    fetched: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.host == "api.example":
            return httpx.Response(307, headers={"Location": "http://127.0.0.1:9/admin/reset"})
        fetched.append(str(request.url))
        return httpx.Response(200, content=b"local service")

    transport = httpx.MockTransport(answer)
    client = api.client(transport=transport, base_url="https://api.example/v1.0", max_retries=0)
    with pytest.raises(voipbin.ResponseParseError, match="redirected to a http URL"):
        api.run(client.recordingfiles.get("r1"))
    assert fetched == []
    allowed = api.client(transport=transport, base_url="https://api.example/v1.0", allow_insecure_http=True)
    assert api.run(allowed.recordingfiles.get("r1")) == b"local service"
    report.add("hardening", ["https API redirecting a download to http://127.0.0.1", api.mode,
                             "ResponseParseError, not followed (unless allow_insecure_http)"])  # fmt: skip
