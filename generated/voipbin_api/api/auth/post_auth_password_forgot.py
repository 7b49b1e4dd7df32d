from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.post_auth_password_forgot_response_200 import (
    PostAuthPasswordForgotResponse200,
)
from ...models.request_body_auth_password_forgot_post import (
    RequestBodyAuthPasswordForgotPOST,
)
from ...types import Response


def _get_kwargs(
    *,
    body: RequestBodyAuthPasswordForgotPOST,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/auth/password-forgot",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | PostAuthPasswordForgotResponse200 | None:
    if response.status_code == 200:
        response_200 = PostAuthPasswordForgotResponse200.from_dict(response.json())

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
) -> Response[Any | PostAuthPasswordForgotResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RequestBodyAuthPasswordForgotPOST,
) -> Response[Any | PostAuthPasswordForgotResponse200]:
    """Request a password reset email.

     Generates a password reset token and sends an email to the agent with a reset link.
    The link expires in 1 hour.

    Always returns HTTP 200 regardless of whether the username exists, to prevent
    username enumeration attacks.

    This endpoint is unauthenticated. Use `POST /auth/password-reset` with the token
    from the email to complete the reset.

    Args:
        body (RequestBodyAuthPasswordForgotPOST): Request body for POST /auth/password-forgot
            (initiate password reset).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PostAuthPasswordForgotResponse200]
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
    body: RequestBodyAuthPasswordForgotPOST,
) -> Any | PostAuthPasswordForgotResponse200 | None:
    """Request a password reset email.

     Generates a password reset token and sends an email to the agent with a reset link.
    The link expires in 1 hour.

    Always returns HTTP 200 regardless of whether the username exists, to prevent
    username enumeration attacks.

    This endpoint is unauthenticated. Use `POST /auth/password-reset` with the token
    from the email to complete the reset.

    Args:
        body (RequestBodyAuthPasswordForgotPOST): Request body for POST /auth/password-forgot
            (initiate password reset).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PostAuthPasswordForgotResponse200
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RequestBodyAuthPasswordForgotPOST,
) -> Response[Any | PostAuthPasswordForgotResponse200]:
    """Request a password reset email.

     Generates a password reset token and sends an email to the agent with a reset link.
    The link expires in 1 hour.

    Always returns HTTP 200 regardless of whether the username exists, to prevent
    username enumeration attacks.

    This endpoint is unauthenticated. Use `POST /auth/password-reset` with the token
    from the email to complete the reset.

    Args:
        body (RequestBodyAuthPasswordForgotPOST): Request body for POST /auth/password-forgot
            (initiate password reset).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PostAuthPasswordForgotResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RequestBodyAuthPasswordForgotPOST,
) -> Any | PostAuthPasswordForgotResponse200 | None:
    """Request a password reset email.

     Generates a password reset token and sends an email to the agent with a reset link.
    The link expires in 1 hour.

    Always returns HTTP 200 regardless of whether the username exists, to prevent
    username enumeration attacks.

    This endpoint is unauthenticated. Use `POST /auth/password-reset` with the token
    from the email to complete the reset.

    Args:
        body (RequestBodyAuthPasswordForgotPOST): Request body for POST /auth/password-forgot
            (initiate password reset).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PostAuthPasswordForgotResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
