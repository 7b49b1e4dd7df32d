"""Answer bodies are inflated by the SDK itself (a chunk at a time, within the size cap):
every encoding a server may use unasked still reads as httpx would read it."""

from __future__ import annotations

import gzip
import zlib

import pytest
import voipbin

from tests.core.conftest import ROUTE, Api
from tests.loopback import Loopback


def _raw_deflate(data: bytes) -> bytes:
    packer = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    return packer.compress(data) + packer.flush()


BODY = b'{"id": "491b6858-5357-11ed-b753-8fd49cd36340", "target": "all"}'
ENCODINGS = {
    "gzip": ("gzip", gzip.compress(BODY)),
    "x-gzip": ("x-gzip", gzip.compress(BODY)),
    "deflate": ("deflate", zlib.compress(BODY)),
    "deflate without its zlib header": ("deflate", _raw_deflate(BODY)),
    "identity": ("identity", BODY),
}


@pytest.mark.parametrize("name", ENCODINGS)
def test_each_encoding_reads_whole(name: str, api: Api, server: Loopback) -> None:
    encoding, wire = ENCODINGS[name]
    server.reply(200, body=wire, headers={"Content-Encoding": encoding, "Content-Type": "application/json"})
    assert api.call(api.client()) == {"id": ROUTE["id"], "target": "all"}


def test_an_encoded_error_body_is_read_for_its_reason(api: Api, server: Loopback) -> None:
    error = b'{"error": {"reason": "ROUTE_NOT_FOUND", "message": "gone"}}'
    server.reply(404, body=gzip.compress(error), headers={"Content-Encoding": "gzip"})
    with pytest.raises(voipbin.NotFoundError) as caught:
        api.call(api.client())
    assert (caught.value.reason, caught.value.message) == ("ROUTE_NOT_FOUND", "gone")


@pytest.mark.parametrize(
    ("wire", "encoding"), [(gzip.compress(BODY)[:-12], "gzip"), (BODY, "br")], ids=["cut-short gzip", "unasked br"]
)
def test_an_answer_that_cannot_be_decoded_may_have_run(wire: bytes, encoding: str, api: Api, server: Loopback) -> None:
    server.reply(200, body=wire, headers={"Content-Encoding": encoding})
    with pytest.raises(voipbin.APIConnectionError, match="DecodingError"):
        api.call(api.client(), "post")
    assert len(server.requests) == 1


def test_the_cap_is_per_call_and_an_error_is_read_up_to_it(api: Api, server: Loopback) -> None:
    server.reply(200, body=BODY)
    with pytest.raises(voipbin.ResponseParseError, match="max_response_bytes=10 "):
        api.call(api.client(), max_response_bytes=10)
    server.reply(200, body=BODY)
    assert api.call(api.client(max_response_bytes=10), max_response_bytes=len(BODY))["target"] == "all"
    server.reply(500, body=b"<html>" + b"x" * 10_000)
    with pytest.raises(voipbin.InternalServerError) as caught:
        api.call(api.client(max_response_bytes=100, max_retries=0))
    assert caught.value.message == "<html>" + "x" * 94
