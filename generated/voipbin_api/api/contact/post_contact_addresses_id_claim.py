from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_manager_address import ContactManagerAddress
from ...models.error_response import ErrorResponse
from ...models.post_contact_addresses_id_claim_body import (
    PostContactAddressesIdClaimBody,
)
from ...types import Response


def _get_kwargs(
    id: UUID,
    *,
    body: PostContactAddressesIdClaimBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contact_addresses/{id}/claim".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContactManagerAddress | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ContactManagerAddress.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

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
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: PostContactAddressesIdClaimBody,
) -> Response[ContactManagerAddress | ErrorResponse]:
    """Claim an unresolved contact address

     Attaches a currently-unresolved contact address (contact_id is NULL) to the given contact.
    Idempotent if already claimed by the same contact.
    Default behavior (force absent or false): unchanged from before — returns 409 (Conflict) if the
    address is already claimed by a different, still-active (non-tombstoned) contact. Existing callers
    are unaffected.
    force: true (new): if the address is already claimed by a different, still-active contact, the claim
    overwrites that ownership instead of returning 409 — the previous owner's open ownership period is
    closed and a new one is opened for the requesting contact. Addresses owned by a tombstoned (soft-
    deleted) contact are repaired in place exactly as before, regardless of force.

    Args:
        id (UUID):
        body (PostContactAddressesIdClaimBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactManagerAddress | ErrorResponse]
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
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: PostContactAddressesIdClaimBody,
) -> ContactManagerAddress | ErrorResponse | None:
    """Claim an unresolved contact address

     Attaches a currently-unresolved contact address (contact_id is NULL) to the given contact.
    Idempotent if already claimed by the same contact.
    Default behavior (force absent or false): unchanged from before — returns 409 (Conflict) if the
    address is already claimed by a different, still-active (non-tombstoned) contact. Existing callers
    are unaffected.
    force: true (new): if the address is already claimed by a different, still-active contact, the claim
    overwrites that ownership instead of returning 409 — the previous owner's open ownership period is
    closed and a new one is opened for the requesting contact. Addresses owned by a tombstoned (soft-
    deleted) contact are repaired in place exactly as before, regardless of force.

    Args:
        id (UUID):
        body (PostContactAddressesIdClaimBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactManagerAddress | ErrorResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: PostContactAddressesIdClaimBody,
) -> Response[ContactManagerAddress | ErrorResponse]:
    """Claim an unresolved contact address

     Attaches a currently-unresolved contact address (contact_id is NULL) to the given contact.
    Idempotent if already claimed by the same contact.
    Default behavior (force absent or false): unchanged from before — returns 409 (Conflict) if the
    address is already claimed by a different, still-active (non-tombstoned) contact. Existing callers
    are unaffected.
    force: true (new): if the address is already claimed by a different, still-active contact, the claim
    overwrites that ownership instead of returning 409 — the previous owner's open ownership period is
    closed and a new one is opened for the requesting contact. Addresses owned by a tombstoned (soft-
    deleted) contact are repaired in place exactly as before, regardless of force.

    Args:
        id (UUID):
        body (PostContactAddressesIdClaimBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactManagerAddress | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: PostContactAddressesIdClaimBody,
) -> ContactManagerAddress | ErrorResponse | None:
    """Claim an unresolved contact address

     Attaches a currently-unresolved contact address (contact_id is NULL) to the given contact.
    Idempotent if already claimed by the same contact.
    Default behavior (force absent or false): unchanged from before — returns 409 (Conflict) if the
    address is already claimed by a different, still-active (non-tombstoned) contact. Existing callers
    are unaffected.
    force: true (new): if the address is already claimed by a different, still-active contact, the claim
    overwrites that ownership instead of returning 409 — the previous owner's open ownership period is
    closed and a new one is opened for the requesting contact. Addresses owned by a tombstoned (soft-
    deleted) contact are repaired in place exactly as before, regardless of force.

    Args:
        id (UUID):
        body (PostContactAddressesIdClaimBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactManagerAddress | ErrorResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
