from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_aggregated_events_response_200 import GetAggregatedEventsResponse200
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    activeflow_id: UUID | Unset = UNSET,
    call_id: UUID | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_activeflow_id: str | Unset = UNSET
    if not isinstance(activeflow_id, Unset):
        json_activeflow_id = str(activeflow_id)
    params["activeflow_id"] = json_activeflow_id

    json_call_id: str | Unset = UNSET
    if not isinstance(call_id, Unset):
        json_call_id = str(call_id)
    params["call_id"] = json_call_id

    params["page_size"] = page_size

    params["page_token"] = page_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/aggregated-events",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetAggregatedEventsResponse200 | None:
    if response.status_code == 200:
        response_200 = GetAggregatedEventsResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

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
) -> Response[ErrorResponse | GetAggregatedEventsResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    activeflow_id: UUID | Unset = UNSET,
    call_id: UUID | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> Response[ErrorResponse | GetAggregatedEventsResponse200]:
    """Get aggregated timeline events

     Returns all timeline events associated with a single activeflow execution.
    Query by activeflow_id directly, or by call_id (which resolves to the call's activeflow).
    Exactly one of activeflow_id or call_id must be provided.

    Args:
        activeflow_id (UUID | Unset):  Example: 550e8400-e29b-41d4-a716-446655440000.
        call_id (UUID | Unset):  Example: a1b2c3d4-e5f6-7890-abcd-ef1234567890.
        page_size (int | Unset):  Example: 25.
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetAggregatedEventsResponse200]
    """

    kwargs = _get_kwargs(
        activeflow_id=activeflow_id,
        call_id=call_id,
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
    activeflow_id: UUID | Unset = UNSET,
    call_id: UUID | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> ErrorResponse | GetAggregatedEventsResponse200 | None:
    """Get aggregated timeline events

     Returns all timeline events associated with a single activeflow execution.
    Query by activeflow_id directly, or by call_id (which resolves to the call's activeflow).
    Exactly one of activeflow_id or call_id must be provided.

    Args:
        activeflow_id (UUID | Unset):  Example: 550e8400-e29b-41d4-a716-446655440000.
        call_id (UUID | Unset):  Example: a1b2c3d4-e5f6-7890-abcd-ef1234567890.
        page_size (int | Unset):  Example: 25.
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetAggregatedEventsResponse200
    """

    return sync_detailed(
        client=client,
        activeflow_id=activeflow_id,
        call_id=call_id,
        page_size=page_size,
        page_token=page_token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    activeflow_id: UUID | Unset = UNSET,
    call_id: UUID | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> Response[ErrorResponse | GetAggregatedEventsResponse200]:
    """Get aggregated timeline events

     Returns all timeline events associated with a single activeflow execution.
    Query by activeflow_id directly, or by call_id (which resolves to the call's activeflow).
    Exactly one of activeflow_id or call_id must be provided.

    Args:
        activeflow_id (UUID | Unset):  Example: 550e8400-e29b-41d4-a716-446655440000.
        call_id (UUID | Unset):  Example: a1b2c3d4-e5f6-7890-abcd-ef1234567890.
        page_size (int | Unset):  Example: 25.
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetAggregatedEventsResponse200]
    """

    kwargs = _get_kwargs(
        activeflow_id=activeflow_id,
        call_id=call_id,
        page_size=page_size,
        page_token=page_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    activeflow_id: UUID | Unset = UNSET,
    call_id: UUID | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> ErrorResponse | GetAggregatedEventsResponse200 | None:
    """Get aggregated timeline events

     Returns all timeline events associated with a single activeflow execution.
    Query by activeflow_id directly, or by call_id (which resolves to the call's activeflow).
    Exactly one of activeflow_id or call_id must be provided.

    Args:
        activeflow_id (UUID | Unset):  Example: 550e8400-e29b-41d4-a716-446655440000.
        call_id (UUID | Unset):  Example: a1b2c3d4-e5f6-7890-abcd-ef1234567890.
        page_size (int | Unset):  Example: 25.
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetAggregatedEventsResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            activeflow_id=activeflow_id,
            call_id=call_id,
            page_size=page_size,
            page_token=page_token,
        )
    ).parsed
