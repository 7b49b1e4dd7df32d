from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.billing_manager_billing import BillingManagerBilling
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    billing_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/billings/{billing_id}".format(
            billing_id=quote(str(billing_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BillingManagerBilling | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = BillingManagerBilling.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BillingManagerBilling | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    billing_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[BillingManagerBilling | ErrorResponse]:
    """Get a billing record by ID

     Retrieves a single billing record by its unique identifier. Returns only the billing record without
    related account or reference resource data.

    Args:
        billing_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BillingManagerBilling | ErrorResponse]
    """

    kwargs = _get_kwargs(
        billing_id=billing_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    billing_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> BillingManagerBilling | ErrorResponse | None:
    """Get a billing record by ID

     Retrieves a single billing record by its unique identifier. Returns only the billing record without
    related account or reference resource data.

    Args:
        billing_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BillingManagerBilling | ErrorResponse
    """

    return sync_detailed(
        billing_id=billing_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    billing_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[BillingManagerBilling | ErrorResponse]:
    """Get a billing record by ID

     Retrieves a single billing record by its unique identifier. Returns only the billing record without
    related account or reference resource data.

    Args:
        billing_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BillingManagerBilling | ErrorResponse]
    """

    kwargs = _get_kwargs(
        billing_id=billing_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    billing_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> BillingManagerBilling | ErrorResponse | None:
    """Get a billing record by ID

     Retrieves a single billing record by its unique identifier. Returns only the billing record without
    related account or reference resource data.

    Args:
        billing_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BillingManagerBilling | ErrorResponse
    """

    return (
        await asyncio_detailed(
            billing_id=billing_id,
            client=client,
        )
    ).parsed
