"""What every httpx client the SDK makes shares: one TLS context, and no cookie jar.

Both are set once here so that the sync and async clients, and a client borrowing a
caller's transport, cannot differ on them.
"""

from __future__ import annotations

import functools
import ssl
from http.cookiejar import CookieJar, DefaultCookiePolicy

import httpx


@functools.cache
def tls_context() -> ssl.SSLContext:
    """One TLS context for every client the SDK makes, built as httpx builds its default
    (certifi, or SSL_CERT_FILE / SSL_CERT_DIR): loading the CA bundle takes about 50 ms,
    which each Voipbin() would otherwise pay again."""
    return httpx.create_ssl_context()


def refuse_cookies() -> CookieJar:
    """A jar that keeps nothing. The server ranks a ``token`` cookie above every other
    credential, so a kept login cookie would outlive the credential the client was given."""
    return CookieJar(policy=DefaultCookiePolicy(allowed_domains=[]))
