from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.customer_manager_customer_admin import CustomerManagerCustomerAdmin
from ...models.customer_manager_metadata import CustomerManagerMetadata
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    id: str,
    *,
    body: CustomerManagerMetadata,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/customers/{id}/metadata".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomerManagerCustomerAdmin | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CustomerManagerCustomerAdmin.from_dict(response.json())

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
) -> Response[CustomerManagerCustomerAdmin | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CustomerManagerMetadata,
) -> Response[CustomerManagerCustomerAdmin | ErrorResponse]:
    """Update a customer's metadata.

     Updates internal configuration flags for a customer account. Requires `ProjectSuperAdmin`
    permission.
    Regular users cannot access this endpoint. The response returns the full admin customer object
    including the updated metadata.

    Args:
        id (str):
        body (CustomerManagerMetadata): Configuration flags for a customer account. Controls
            platform behavior
            such as RTP packet capture for debugging audio issues.
            Updatable by CustomerAdmin via `PUT /customer/metadata`
            or by ProjectSuperAdmin via `PUT /customers/{id}/metadata`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerManagerCustomerAdmin | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CustomerManagerMetadata,
) -> CustomerManagerCustomerAdmin | ErrorResponse | None:
    """Update a customer's metadata.

     Updates internal configuration flags for a customer account. Requires `ProjectSuperAdmin`
    permission.
    Regular users cannot access this endpoint. The response returns the full admin customer object
    including the updated metadata.

    Args:
        id (str):
        body (CustomerManagerMetadata): Configuration flags for a customer account. Controls
            platform behavior
            such as RTP packet capture for debugging audio issues.
            Updatable by CustomerAdmin via `PUT /customer/metadata`
            or by ProjectSuperAdmin via `PUT /customers/{id}/metadata`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerManagerCustomerAdmin | ErrorResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CustomerManagerMetadata,
) -> Response[CustomerManagerCustomerAdmin | ErrorResponse]:
    """Update a customer's metadata.

     Updates internal configuration flags for a customer account. Requires `ProjectSuperAdmin`
    permission.
    Regular users cannot access this endpoint. The response returns the full admin customer object
    including the updated metadata.

    Args:
        id (str):
        body (CustomerManagerMetadata): Configuration flags for a customer account. Controls
            platform behavior
            such as RTP packet capture for debugging audio issues.
            Updatable by CustomerAdmin via `PUT /customer/metadata`
            or by ProjectSuperAdmin via `PUT /customers/{id}/metadata`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerManagerCustomerAdmin | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CustomerManagerMetadata,
) -> CustomerManagerCustomerAdmin | ErrorResponse | None:
    """Update a customer's metadata.

     Updates internal configuration flags for a customer account. Requires `ProjectSuperAdmin`
    permission.
    Regular users cannot access this endpoint. The response returns the full admin customer object
    including the updated metadata.

    Args:
        id (str):
        body (CustomerManagerMetadata): Configuration flags for a customer account. Controls
            platform behavior
            such as RTP packet capture for debugging audio issues.
            Updatable by CustomerAdmin via `PUT /customer/metadata`
            or by ProjectSuperAdmin via `PUT /customers/{id}/metadata`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerManagerCustomerAdmin | ErrorResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
