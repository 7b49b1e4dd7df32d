from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Response


def _get_kwargs(
    *,
    token: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["token"] = token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/auth/password-reset",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | str | None:
    if response.status_code == 200:
        response_200 = response.text
        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    token: str,
) -> Response[Any | str]:
    """Serve the password reset form (browser redirect target).

     Returns an HTML page containing the password reset form. This endpoint is
    the link target embedded in the reset email sent by `POST /auth/password-forgot`.

    The `token` query parameter must be a 64-character lowercase hex string.
    An invalid or missing token returns HTTP 400.

    This endpoint is unauthenticated and intended for browser use only.
    To perform the actual password update, the form submits to `POST /auth/password-reset`.

    Args:
        token (str):  Example: a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5f6abcd.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | str]
    """

    kwargs = _get_kwargs(
        token=token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    token: str,
) -> Any | str | None:
    """Serve the password reset form (browser redirect target).

     Returns an HTML page containing the password reset form. This endpoint is
    the link target embedded in the reset email sent by `POST /auth/password-forgot`.

    The `token` query parameter must be a 64-character lowercase hex string.
    An invalid or missing token returns HTTP 400.

    This endpoint is unauthenticated and intended for browser use only.
    To perform the actual password update, the form submits to `POST /auth/password-reset`.

    Args:
        token (str):  Example: a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5f6abcd.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | str
    """

    return sync_detailed(
        client=client,
        token=token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    token: str,
) -> Response[Any | str]:
    """Serve the password reset form (browser redirect target).

     Returns an HTML page containing the password reset form. This endpoint is
    the link target embedded in the reset email sent by `POST /auth/password-forgot`.

    The `token` query parameter must be a 64-character lowercase hex string.
    An invalid or missing token returns HTTP 400.

    This endpoint is unauthenticated and intended for browser use only.
    To perform the actual password update, the form submits to `POST /auth/password-reset`.

    Args:
        token (str):  Example: a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5f6abcd.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | str]
    """

    kwargs = _get_kwargs(
        token=token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    token: str,
) -> Any | str | None:
    """Serve the password reset form (browser redirect target).

     Returns an HTML page containing the password reset form. This endpoint is
    the link target embedded in the reset email sent by `POST /auth/password-forgot`.

    The `token` query parameter must be a 64-character lowercase hex string.
    An invalid or missing token returns HTTP 400.

    This endpoint is unauthenticated and intended for browser use only.
    To perform the actual password update, the form submits to `POST /auth/password-reset`.

    Args:
        token (str):  Example: a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5f6abcd.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | str
    """

    return (
        await asyncio_detailed(
            client=client,
            token=token,
        )
    ).parsed
