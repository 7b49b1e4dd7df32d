from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_available_numbers_response_200 import GetAvailableNumbersResponse200
from ...models.number_manager_number_type import NumberManagerNumberType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page_size: int | Unset = UNSET,
    country_code: str | Unset = UNSET,
    type_: NumberManagerNumberType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page_size"] = page_size

    params["country_code"] = country_code

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/available_numbers",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetAvailableNumbersResponse200 | None:
    if response.status_code == 200:
        response_200 = GetAvailableNumbersResponse200.from_dict(response.json())

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
) -> Response[ErrorResponse | GetAvailableNumbersResponse200]:
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
    country_code: str | Unset = UNSET,
    type_: NumberManagerNumberType | Unset = UNSET,
) -> Response[ErrorResponse | GetAvailableNumbersResponse200]:
    """List available numbers

     Get available phone numbers for the specified country or virtual numbers.

    Args:
        page_size (int | Unset):  Example: 25.
        country_code (str | Unset):
        type_ (NumberManagerNumberType | Unset): The type of the number. Example: normal.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetAvailableNumbersResponse200]
    """

    kwargs = _get_kwargs(
        page_size=page_size,
        country_code=country_code,
        type_=type_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = UNSET,
    country_code: str | Unset = UNSET,
    type_: NumberManagerNumberType | Unset = UNSET,
) -> ErrorResponse | GetAvailableNumbersResponse200 | None:
    """List available numbers

     Get available phone numbers for the specified country or virtual numbers.

    Args:
        page_size (int | Unset):  Example: 25.
        country_code (str | Unset):
        type_ (NumberManagerNumberType | Unset): The type of the number. Example: normal.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetAvailableNumbersResponse200
    """

    return sync_detailed(
        client=client,
        page_size=page_size,
        country_code=country_code,
        type_=type_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = UNSET,
    country_code: str | Unset = UNSET,
    type_: NumberManagerNumberType | Unset = UNSET,
) -> Response[ErrorResponse | GetAvailableNumbersResponse200]:
    """List available numbers

     Get available phone numbers for the specified country or virtual numbers.

    Args:
        page_size (int | Unset):  Example: 25.
        country_code (str | Unset):
        type_ (NumberManagerNumberType | Unset): The type of the number. Example: normal.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetAvailableNumbersResponse200]
    """

    kwargs = _get_kwargs(
        page_size=page_size,
        country_code=country_code,
        type_=type_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = UNSET,
    country_code: str | Unset = UNSET,
    type_: NumberManagerNumberType | Unset = UNSET,
) -> ErrorResponse | GetAvailableNumbersResponse200 | None:
    """List available numbers

     Get available phone numbers for the specified country or virtual numbers.

    Args:
        page_size (int | Unset):  Example: 25.
        country_code (str | Unset):
        type_ (NumberManagerNumberType | Unset): The type of the number. Example: normal.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetAvailableNumbersResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            page_size=page_size,
            country_code=country_code,
            type_=type_,
        )
    ).parsed
