"""One TLS context for every client the SDK makes, and it verifies."""

from __future__ import annotations

import ssl

import httpx
from voipbin import AsyncVoipbin, Voipbin
from voipbin._transport import tls_context


def test_every_client_shares_one_verifying_tls_context() -> None:
    context = tls_context()
    assert context is tls_context()
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
    with Voipbin(token="tls-test-token") as one, Voipbin(token="tls-test-token") as two:
        pools = [client._http._transport._pool for client in (one, two)]  # type: ignore[attr-defined]
        assert all(pool._ssl_context is context for pool in pools)
    async_client = AsyncVoipbin(token="tls-test-token")
    assert async_client._http._transport._pool._ssl_context is context  # type: ignore[attr-defined]
    assert isinstance(async_client._http, httpx.AsyncClient)
