from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.post_auth_password_reset_response_200 import (
    PostAuthPasswordResetResponse200,
)
from ...models.request_body_auth_password_reset_post import (
    RequestBodyAuthPasswordResetPOST,
)
from ...types import Response


def _get_kwargs(
    *,
    body: RequestBodyAuthPasswordResetPOST,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/auth/password-reset",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | PostAuthPasswordResetResponse200 | None:
    if response.status_code == 200:
        response_200 = PostAuthPasswordResetResponse200.from_dict(response.json())

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
) -> Response[Any | PostAuthPasswordResetResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RequestBodyAuthPasswordResetPOST,
) -> Response[Any | PostAuthPasswordResetResponse200]:
    """Reset agent password using a reset token.

     Validates the password reset token (received via email from `POST /auth/password-forgot`)
    and updates the agent's password.

    The token is single-use and expires in 1 hour. Guest agents cannot reset their password.

    This endpoint is unauthenticated. The reset token acts as proof of identity.

    Args:
        body (RequestBodyAuthPasswordResetPOST): Request body for POST /auth/password-reset
            (complete password reset).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PostAuthPasswordResetResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: RequestBodyAuthPasswordResetPOST,
) -> Any | PostAuthPasswordResetResponse200 | None:
    """Reset agent password using a reset token.

     Validates the password reset token (received via email from `POST /auth/password-forgot`)
    and updates the agent's password.

    The token is single-use and expires in 1 hour. Guest agents cannot reset their password.

    This endpoint is unauthenticated. The reset token acts as proof of identity.

    Args:
        body (RequestBodyAuthPasswordResetPOST): Request body for POST /auth/password-reset
            (complete password reset).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PostAuthPasswordResetResponse200
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RequestBodyAuthPasswordResetPOST,
) -> Response[Any | PostAuthPasswordResetResponse200]:
    """Reset agent password using a reset token.

     Validates the password reset token (received via email from `POST /auth/password-forgot`)
    and updates the agent's password.

    The token is single-use and expires in 1 hour. Guest agents cannot reset their password.

    This endpoint is unauthenticated. The reset token acts as proof of identity.

    Args:
        body (RequestBodyAuthPasswordResetPOST): Request body for POST /auth/password-reset
            (complete password reset).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PostAuthPasswordResetResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RequestBodyAuthPasswordResetPOST,
) -> Any | PostAuthPasswordResetResponse200 | None:
    """Reset agent password using a reset token.

     Validates the password reset token (received via email from `POST /auth/password-forgot`)
    and updates the agent's password.

    The token is single-use and expires in 1 hour. Guest agents cannot reset their password.

    This endpoint is unauthenticated. The reset token acts as proof of identity.

    Args:
        body (RequestBodyAuthPasswordResetPOST): Request body for POST /auth/password-reset
            (complete password reset).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PostAuthPasswordResetResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
