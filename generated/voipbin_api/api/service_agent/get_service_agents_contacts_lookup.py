from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_manager_contact import ContactManagerContact
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    phone: str | Unset = UNSET,
    email: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["phone"] = phone

    params["email"] = email

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/service_agents/contacts/lookup",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContactManagerContact | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ContactManagerContact.from_dict(response.json())

        return response_200

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
) -> Response[ContactManagerContact | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    phone: str | Unset = UNSET,
    email: str | Unset = UNSET,
) -> Response[ContactManagerContact | ErrorResponse]:
    """Lookup contact

     Find a contact by phone number or email.

    Args:
        phone (str | Unset):
        email (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactManagerContact | ErrorResponse]
    """

    kwargs = _get_kwargs(
        phone=phone,
        email=email,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    phone: str | Unset = UNSET,
    email: str | Unset = UNSET,
) -> ContactManagerContact | ErrorResponse | None:
    """Lookup contact

     Find a contact by phone number or email.

    Args:
        phone (str | Unset):
        email (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactManagerContact | ErrorResponse
    """

    return sync_detailed(
        client=client,
        phone=phone,
        email=email,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    phone: str | Unset = UNSET,
    email: str | Unset = UNSET,
) -> Response[ContactManagerContact | ErrorResponse]:
    """Lookup contact

     Find a contact by phone number or email.

    Args:
        phone (str | Unset):
        email (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactManagerContact | ErrorResponse]
    """

    kwargs = _get_kwargs(
        phone=phone,
        email=email,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    phone: str | Unset = UNSET,
    email: str | Unset = UNSET,
) -> ContactManagerContact | ErrorResponse | None:
    """Lookup contact

     Find a contact by phone number or email.

    Args:
        phone (str | Unset):
        email (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactManagerContact | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            phone=phone,
            email=email,
        )
    ).parsed
