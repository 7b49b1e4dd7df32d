from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.customer_manager_email_verify_result import (
    CustomerManagerEmailVerifyResult,
)
from ...models.request_body_auth_email_verify_post import RequestBodyAuthEmailVerifyPOST
from ...types import Response


def _get_kwargs(
    *,
    body: RequestBodyAuthEmailVerifyPOST,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/auth/email-verify",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | CustomerManagerEmailVerifyResult | None:
    if response.status_code == 200:
        response_200 = CustomerManagerEmailVerifyResult.from_dict(response.json())

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
) -> Response[Any | CustomerManagerEmailVerifyResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RequestBodyAuthEmailVerifyPOST,
) -> Response[Any | CustomerManagerEmailVerifyResult]:
    """Verify customer email address.

     Validates the email verification token sent to the customer's email during signup.
    On success, the customer's email is marked as verified and an access key is provisioned.

    The `token` is a 64-character lowercase hexadecimal string included in the verification email.

    Args:
        body (RequestBodyAuthEmailVerifyPOST): Request body for POST /auth/email-verify (email
            verification).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CustomerManagerEmailVerifyResult]
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
    body: RequestBodyAuthEmailVerifyPOST,
) -> Any | CustomerManagerEmailVerifyResult | None:
    """Verify customer email address.

     Validates the email verification token sent to the customer's email during signup.
    On success, the customer's email is marked as verified and an access key is provisioned.

    The `token` is a 64-character lowercase hexadecimal string included in the verification email.

    Args:
        body (RequestBodyAuthEmailVerifyPOST): Request body for POST /auth/email-verify (email
            verification).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CustomerManagerEmailVerifyResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RequestBodyAuthEmailVerifyPOST,
) -> Response[Any | CustomerManagerEmailVerifyResult]:
    """Verify customer email address.

     Validates the email verification token sent to the customer's email during signup.
    On success, the customer's email is marked as verified and an access key is provisioned.

    The `token` is a 64-character lowercase hexadecimal string included in the verification email.

    Args:
        body (RequestBodyAuthEmailVerifyPOST): Request body for POST /auth/email-verify (email
            verification).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CustomerManagerEmailVerifyResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RequestBodyAuthEmailVerifyPOST,
) -> Any | CustomerManagerEmailVerifyResult | None:
    """Verify customer email address.

     Validates the email verification token sent to the customer's email during signup.
    On success, the customer's email is marked as verified and an access key is provisioned.

    The `token` is a 64-character lowercase hexadecimal string included in the verification email.

    Args:
        body (RequestBodyAuthEmailVerifyPOST): Request body for POST /auth/email-verify (email
            verification).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CustomerManagerEmailVerifyResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
