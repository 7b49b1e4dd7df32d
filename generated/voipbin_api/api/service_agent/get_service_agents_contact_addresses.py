from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_manager_address import ContactManagerAddress
from ...models.error_response import ErrorResponse
from ...models.get_service_agents_contact_addresses_type import (
    GetServiceAgentsContactAddressesType,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    contact_id: UUID | Unset = UNSET,
    type_: GetServiceAgentsContactAddressesType | Unset = UNSET,
    unresolved: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page_size"] = page_size

    params["page_token"] = page_token

    json_contact_id: str | Unset = UNSET
    if not isinstance(contact_id, Unset):
        json_contact_id = str(contact_id)
    params["contact_id"] = json_contact_id

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params["unresolved"] = unresolved

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/service_agents/contact_addresses",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[ContactManagerAddress] | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> list[ContactManagerAddress] | None:
            if data is None:
                return data
            if not isinstance(data, list):
                raise TypeError(f"response_200: unexpected {type(data).__name__}")
            response_200_type_0 = []
            _response_200_type_0 = data
            for response_200_type_0_item_data in _response_200_type_0:
                response_200_type_0_item = ContactManagerAddress.from_dict(
                    response_200_type_0_item_data
                )

                response_200_type_0.append(response_200_type_0_item)

            return response_200_type_0

        response_200 = _parse_response_200(response.json())

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
) -> Response[ErrorResponse | list[ContactManagerAddress] | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    contact_id: UUID | Unset = UNSET,
    type_: GetServiceAgentsContactAddressesType | Unset = UNSET,
    unresolved: bool | Unset = UNSET,
) -> Response[ErrorResponse | list[ContactManagerAddress] | None]:
    """List contact addresses (service agent)

     Get a list of contact addresses. Optionally filter by contact_id and/or type.

    Args:
        page_size (int | Unset):  Example: 25.
        page_token (str | Unset):
        contact_id (UUID | Unset):  Example: 5e4a0680-eba3-4001-a000-000000000001.
        type_ (GetServiceAgentsContactAddressesType | Unset):  Example: tel.
        unresolved (bool | Unset):  Example: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[ContactManagerAddress] | None]
    """

    kwargs = _get_kwargs(
        page_size=page_size,
        page_token=page_token,
        contact_id=contact_id,
        type_=type_,
        unresolved=unresolved,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    contact_id: UUID | Unset = UNSET,
    type_: GetServiceAgentsContactAddressesType | Unset = UNSET,
    unresolved: bool | Unset = UNSET,
) -> ErrorResponse | list[ContactManagerAddress] | None:
    """List contact addresses (service agent)

     Get a list of contact addresses. Optionally filter by contact_id and/or type.

    Args:
        page_size (int | Unset):  Example: 25.
        page_token (str | Unset):
        contact_id (UUID | Unset):  Example: 5e4a0680-eba3-4001-a000-000000000001.
        type_ (GetServiceAgentsContactAddressesType | Unset):  Example: tel.
        unresolved (bool | Unset):  Example: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[ContactManagerAddress] | None
    """

    return sync_detailed(
        client=client,
        page_size=page_size,
        page_token=page_token,
        contact_id=contact_id,
        type_=type_,
        unresolved=unresolved,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    contact_id: UUID | Unset = UNSET,
    type_: GetServiceAgentsContactAddressesType | Unset = UNSET,
    unresolved: bool | Unset = UNSET,
) -> Response[ErrorResponse | list[ContactManagerAddress] | None]:
    """List contact addresses (service agent)

     Get a list of contact addresses. Optionally filter by contact_id and/or type.

    Args:
        page_size (int | Unset):  Example: 25.
        page_token (str | Unset):
        contact_id (UUID | Unset):  Example: 5e4a0680-eba3-4001-a000-000000000001.
        type_ (GetServiceAgentsContactAddressesType | Unset):  Example: tel.
        unresolved (bool | Unset):  Example: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[ContactManagerAddress] | None]
    """

    kwargs = _get_kwargs(
        page_size=page_size,
        page_token=page_token,
        contact_id=contact_id,
        type_=type_,
        unresolved=unresolved,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    contact_id: UUID | Unset = UNSET,
    type_: GetServiceAgentsContactAddressesType | Unset = UNSET,
    unresolved: bool | Unset = UNSET,
) -> ErrorResponse | list[ContactManagerAddress] | None:
    """List contact addresses (service agent)

     Get a list of contact addresses. Optionally filter by contact_id and/or type.

    Args:
        page_size (int | Unset):  Example: 25.
        page_token (str | Unset):
        contact_id (UUID | Unset):  Example: 5e4a0680-eba3-4001-a000-000000000001.
        type_ (GetServiceAgentsContactAddressesType | Unset):  Example: tel.
        unresolved (bool | Unset):  Example: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[ContactManagerAddress] | None
    """

    return (
        await asyncio_detailed(
            client=client,
            page_size=page_size,
            page_token=page_token,
            contact_id=contact_id,
            type_=type_,
            unresolved=unresolved,
        )
    ).parsed
