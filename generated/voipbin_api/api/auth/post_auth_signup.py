from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.customer_manager_signup_result import CustomerManagerSignupResult
from ...models.request_body_auth_signup_post import RequestBodyAuthSignupPOST
from ...types import Response


def _get_kwargs(
    *,
    body: RequestBodyAuthSignupPOST,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/auth/signup",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | CustomerManagerSignupResult | None:
    if response.status_code == 200:
        response_200 = CustomerManagerSignupResult.from_dict(response.json())

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
) -> Response[Any | CustomerManagerSignupResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RequestBodyAuthSignupPOST,
) -> Response[Any | CustomerManagerSignupResult]:
    """Create a new customer account (self-service signup).

     Initiates a new customer account registration. The request must include `accepted_tos: true`
    to confirm Terms of Service agreement.

    On success, returns a customer object and a provisioned access key. On failure (e.g., duplicate
    email),
    still returns HTTP 200 with an empty body to prevent email enumeration attacks.

    After signup, the customer receives a verification email. Use `POST /auth/email-verify` with the
    token from the email to verify the account.

    Args:
        body (RequestBodyAuthSignupPOST): Request body for POST /auth/signup (self-service
            customer registration).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CustomerManagerSignupResult]
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
    body: RequestBodyAuthSignupPOST,
) -> Any | CustomerManagerSignupResult | None:
    """Create a new customer account (self-service signup).

     Initiates a new customer account registration. The request must include `accepted_tos: true`
    to confirm Terms of Service agreement.

    On success, returns a customer object and a provisioned access key. On failure (e.g., duplicate
    email),
    still returns HTTP 200 with an empty body to prevent email enumeration attacks.

    After signup, the customer receives a verification email. Use `POST /auth/email-verify` with the
    token from the email to verify the account.

    Args:
        body (RequestBodyAuthSignupPOST): Request body for POST /auth/signup (self-service
            customer registration).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CustomerManagerSignupResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RequestBodyAuthSignupPOST,
) -> Response[Any | CustomerManagerSignupResult]:
    """Create a new customer account (self-service signup).

     Initiates a new customer account registration. The request must include `accepted_tos: true`
    to confirm Terms of Service agreement.

    On success, returns a customer object and a provisioned access key. On failure (e.g., duplicate
    email),
    still returns HTTP 200 with an empty body to prevent email enumeration attacks.

    After signup, the customer receives a verification email. Use `POST /auth/email-verify` with the
    token from the email to verify the account.

    Args:
        body (RequestBodyAuthSignupPOST): Request body for POST /auth/signup (self-service
            customer registration).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CustomerManagerSignupResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RequestBodyAuthSignupPOST,
) -> Any | CustomerManagerSignupResult | None:
    """Create a new customer account (self-service signup).

     Initiates a new customer account registration. The request must include `accepted_tos: true`
    to confirm Terms of Service agreement.

    On success, returns a customer object and a provisioned access key. On failure (e.g., duplicate
    email),
    still returns HTTP 200 with an empty body to prevent email enumeration attacks.

    After signup, the customer receives a verification email. Use `POST /auth/email-verify` with the
    token from the email to verify the account.

    Args:
        body (RequestBodyAuthSignupPOST): Request body for POST /auth/signup (self-service
            customer registration).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CustomerManagerSignupResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
