from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.post_billing_account_paddle_portal_session_response_200 import (
    PostBillingAccountPaddlePortalSessionResponse200,
)
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/billing_account/paddle_portal_session",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | PostBillingAccountPaddlePortalSessionResponse200 | None:
    if response.status_code == 200:
        response_200 = PostBillingAccountPaddlePortalSessionResponse200.from_dict(
            response.json()
        )

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | PostBillingAccountPaddlePortalSessionResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | PostBillingAccountPaddlePortalSessionResponse200]:
    """Create Paddle portal session

     Generate a Paddle Customer Portal session URL for the authenticated customer to manage their
    subscription. The customer must have an active Paddle subscription linked to their billing account.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PostBillingAccountPaddlePortalSessionResponse200]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | PostBillingAccountPaddlePortalSessionResponse200 | None:
    """Create Paddle portal session

     Generate a Paddle Customer Portal session URL for the authenticated customer to manage their
    subscription. The customer must have an active Paddle subscription linked to their billing account.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PostBillingAccountPaddlePortalSessionResponse200
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | PostBillingAccountPaddlePortalSessionResponse200]:
    """Create Paddle portal session

     Generate a Paddle Customer Portal session URL for the authenticated customer to manage their
    subscription. The customer must have an active Paddle subscription linked to their billing account.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PostBillingAccountPaddlePortalSessionResponse200]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | PostBillingAccountPaddlePortalSessionResponse200 | None:
    """Create Paddle portal session

     Generate a Paddle Customer Portal session URL for the authenticated customer to manage their
    subscription. The customer must have an active Paddle subscription linked to their billing account.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PostBillingAccountPaddlePortalSessionResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
