from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_manager_address import ContactManagerAddress
from ...models.error_response import ErrorResponse
from ...models.post_contact_addresses_body import PostContactAddressesBody
from ...types import Response


def _get_kwargs(
    *,
    body: PostContactAddressesBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contact_addresses",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContactManagerAddress | ErrorResponse | None:
    if response.status_code == 201:
        response_201 = ContactManagerAddress.from_dict(response.json())

        return response_201

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
) -> Response[ContactManagerAddress | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PostContactAddressesBody,
) -> Response[ContactManagerAddress | ErrorResponse]:
    """Create a contact address

     Create a new address (tel or email) for a contact. If contact_id is omitted, creates an unresolved
    address (not yet attached to any contact) for the authenticated customer's unresolved pool; such an
    address cannot be primary.

    Args:
        body (PostContactAddressesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactManagerAddress | ErrorResponse]
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
    body: PostContactAddressesBody,
) -> ContactManagerAddress | ErrorResponse | None:
    """Create a contact address

     Create a new address (tel or email) for a contact. If contact_id is omitted, creates an unresolved
    address (not yet attached to any contact) for the authenticated customer's unresolved pool; such an
    address cannot be primary.

    Args:
        body (PostContactAddressesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactManagerAddress | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PostContactAddressesBody,
) -> Response[ContactManagerAddress | ErrorResponse]:
    """Create a contact address

     Create a new address (tel or email) for a contact. If contact_id is omitted, creates an unresolved
    address (not yet attached to any contact) for the authenticated customer's unresolved pool; such an
    address cannot be primary.

    Args:
        body (PostContactAddressesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactManagerAddress | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PostContactAddressesBody,
) -> ContactManagerAddress | ErrorResponse | None:
    """Create a contact address

     Create a new address (tel or email) for a contact. If contact_id is omitted, creates an unresolved
    address (not yet attached to any contact) for the authenticated customer's unresolved pool; such an
    address cannot be primary.

    Args:
        body (PostContactAddressesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactManagerAddress | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
