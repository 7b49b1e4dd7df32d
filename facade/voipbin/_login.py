"""Voipbin.login: the request it sends, the token it reads back, what its failure means.

Login is an ordinary call of an anonymous client (same retries, timeouts and errors);
only its request, its answer and its one error are its own, and shared here by the
sync and async clients.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator

import httpx

from ._credentials import HiddenBytes, check_secret
from ._exceptions import AuthenticationError, BadRequestError, ErrorBody
from ._request import Request
from ._urls import root_url


def login_request(base_url: str, username: str, password: str) -> Request:
    """POST <root>/auth/login (docs/server-behaviour.md#login-at-the-root)."""
    body = HiddenBytes(json.dumps({"username": username, "password": password}).encode())
    headers = {"Content-Type": "application/json"}
    return Request("post", root_url(base_url) + "/auth/login", content=body, headers=headers)


def login_token(response: httpx.Response) -> str:
    token = response.json()["token"]
    if not isinstance(token, str) or not token:
        raise ValueError("the login answer has no token")
    return check_secret("token the login answered", token)


@contextlib.contextmanager
def login_errors() -> Iterator[None]:
    """Any login failure is a bare 400 with an empty body: say what it means."""
    try:
        yield
    except BadRequestError as error:
        raise AuthenticationError(
            error.response, ErrorBody(), message="login rejected: the username or password was not accepted (400)"
        ) from None
