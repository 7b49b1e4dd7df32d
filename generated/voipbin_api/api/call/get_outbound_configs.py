from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.call_manager_outbound_config_list import CallManagerOutboundConfigList
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    customer_id: UUID | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_customer_id: str | Unset = UNSET
    if not isinstance(customer_id, Unset):
        json_customer_id = str(customer_id)
    params["customer_id"] = json_customer_id

    params["page_size"] = page_size

    params["page_token"] = page_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/outbound_configs",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CallManagerOutboundConfigList | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CallManagerOutboundConfigList.from_dict(response.json())

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
) -> Response[CallManagerOutboundConfigList | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    customer_id: UUID | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> Response[CallManagerOutboundConfigList | ErrorResponse]:
    """Get list of outbound configs

     Returns a list of outbound configs for the given customer.

    Args:
        customer_id (UUID | Unset):
        page_size (int | Unset):  Example: 25.
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CallManagerOutboundConfigList | ErrorResponse]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        page_size=page_size,
        page_token=page_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    customer_id: UUID | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> CallManagerOutboundConfigList | ErrorResponse | None:
    """Get list of outbound configs

     Returns a list of outbound configs for the given customer.

    Args:
        customer_id (UUID | Unset):
        page_size (int | Unset):  Example: 25.
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CallManagerOutboundConfigList | ErrorResponse
    """

    return sync_detailed(
        client=client,
        customer_id=customer_id,
        page_size=page_size,
        page_token=page_token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    customer_id: UUID | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> Response[CallManagerOutboundConfigList | ErrorResponse]:
    """Get list of outbound configs

     Returns a list of outbound configs for the given customer.

    Args:
        customer_id (UUID | Unset):
        page_size (int | Unset):  Example: 25.
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CallManagerOutboundConfigList | ErrorResponse]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        page_size=page_size,
        page_token=page_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    customer_id: UUID | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> CallManagerOutboundConfigList | ErrorResponse | None:
    """Get list of outbound configs

     Returns a list of outbound configs for the given customer.

    Args:
        customer_id (UUID | Unset):
        page_size (int | Unset):  Example: 25.
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CallManagerOutboundConfigList | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            customer_id=customer_id,
            page_size=page_size,
            page_token=page_token,
        )
    ).parsed
