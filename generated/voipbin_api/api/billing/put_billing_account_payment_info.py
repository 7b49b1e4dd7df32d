from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.billing_manager_account import BillingManagerAccount
from ...models.error_response import ErrorResponse
from ...models.put_billing_account_payment_info_body import (
    PutBillingAccountPaymentInfoBody,
)
from ...types import Response


def _get_kwargs(
    *,
    body: PutBillingAccountPaymentInfoBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/billing_account/payment_info",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BillingManagerAccount | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = BillingManagerAccount.from_dict(response.json())

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
) -> Response[BillingManagerAccount | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PutBillingAccountPaymentInfoBody,
) -> Response[BillingManagerAccount | ErrorResponse]:
    """Update billing account payment info

     Update the payment type and method of the authenticated customer's billing account.

    Args:
        body (PutBillingAccountPaymentInfoBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BillingManagerAccount | ErrorResponse]
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
    body: PutBillingAccountPaymentInfoBody,
) -> BillingManagerAccount | ErrorResponse | None:
    """Update billing account payment info

     Update the payment type and method of the authenticated customer's billing account.

    Args:
        body (PutBillingAccountPaymentInfoBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BillingManagerAccount | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PutBillingAccountPaymentInfoBody,
) -> Response[BillingManagerAccount | ErrorResponse]:
    """Update billing account payment info

     Update the payment type and method of the authenticated customer's billing account.

    Args:
        body (PutBillingAccountPaymentInfoBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BillingManagerAccount | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PutBillingAccountPaymentInfoBody,
) -> BillingManagerAccount | ErrorResponse | None:
    """Update billing account payment info

     Update the payment type and method of the authenticated customer's billing account.

    Args:
        body (PutBillingAccountPaymentInfoBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BillingManagerAccount | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
