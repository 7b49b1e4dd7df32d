"""Downloads: the server answers 307 to a presigned storage URL on another host; the SDK
follows it with no VoIPBIN credential and gives the bytes, or writes them in bounded memory."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
import voipbin

from tests.core.conftest import CANARY_TOKEN, Api
from tests.loopback import Loopback

FILE = bytes(range(256)) * 1000  # 256 kB


@pytest.fixture
def storage() -> Iterator[Loopback]:
    other = Loopback()
    yield other
    other.close()


def redirect(server: Loopback, storage: Loopback, body: bytes = FILE, status: int = 200) -> None:
    server.reply(307, headers={"Location": f"{storage.root}/bucket/rec.zip?X-Goog-Signature=abc"})
    storage.reply(status, body=body, headers={"Content-Type": "application/zip"})


def test_the_bytes_come_from_storage_without_any_credential(api: Api, server: Loopback, storage: Loopback) -> None:
    redirect(server, storage)
    client = api.client(accesskey="canary-key-for-downloads", accesskey_in="query")
    assert api.run(client.recordingfiles.get("r1")) == FILE
    fetched = storage.requests[0]
    assert (fetched.path, fetched.query) == ("/bucket/rec.zip", {"X-Goog-Signature": ["abc"]})
    assert not {"authorization", "cookie"} & set(fetched.headers)
    assert "canary-key-for-downloads" not in repr(fetched)
    assert server.requests[0].query["accesskey"] == ["canary-key-for-downloads"]


def test_a_download_to_a_path_is_written_whole_and_in_bounded_memory(
    api: Api, server: Loopback, storage: Loopback, tmp_path: Path
) -> None:
    redirect(server, storage)
    client = api.client(max_response_bytes=len(FILE))  # the cap bounds the size; memory holds a chunk
    target = tmp_path / "rec.zip"
    assert api.run(client.storage_files.get_file("f1", to=target)) == len(FILE)
    assert target.read_bytes() == FILE and [p.name for p in tmp_path.iterdir()] == ["rec.zip"]
    assert server.requests[0].headers["authorization"] == f"Bearer {CANARY_TOKEN}"


def test_a_download_to_a_file_object(api: Api, server: Loopback, storage: Loopback) -> None:
    redirect(server, storage)
    sink = io.BytesIO()
    assert api.run(api.client().service_agents.files.get_file("f1", to=sink)) == len(FILE)
    assert sink.getvalue() == FILE


def test_a_failed_download_leaves_no_file(api: Api, server: Loopback, storage: Loopback, tmp_path: Path) -> None:
    redirect(server, storage, body=b"<Error>AccessDenied</Error>", status=403)
    with pytest.raises(voipbin.PermissionDeniedError):
        api.run(api.client(max_retries=0).recordingfiles.get("r1", to=tmp_path / "rec.zip"))
    assert list(tmp_path.iterdir()) == []


def test_a_redirect_elsewhere_is_still_an_error(api: Api, server: Loopback, storage: Loopback) -> None:
    server.reply(307, headers={"Location": f"{storage.root}/x"})
    with pytest.raises(voipbin.APIError) as error:
        api.run(api.client().routes.get("r1"))
    assert error.value.status_code == 307 and storage.requests == []
