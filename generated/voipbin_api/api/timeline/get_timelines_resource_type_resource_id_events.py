from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_timelines_resource_type_resource_id_events_resource_type import (
    GetTimelinesResourceTypeResourceIdEventsResourceType,
)
from ...models.get_timelines_resource_type_resource_id_events_response_200 import (
    GetTimelinesResourceTypeResourceIdEventsResponse200,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    resource_type: GetTimelinesResourceTypeResourceIdEventsResourceType,
    resource_id: UUID,
    *,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page_size"] = page_size

    params["page_token"] = page_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/timelines/{resource_type}/{resource_id}/events".format(
            resource_type=quote(str(resource_type), safe=""),
            resource_id=quote(str(resource_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetTimelinesResourceTypeResourceIdEventsResponse200 | None:
    if response.status_code == 200:
        response_200 = GetTimelinesResourceTypeResourceIdEventsResponse200.from_dict(
            response.json()
        )

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
) -> Response[ErrorResponse | GetTimelinesResourceTypeResourceIdEventsResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    resource_type: GetTimelinesResourceTypeResourceIdEventsResourceType,
    resource_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> Response[ErrorResponse | GetTimelinesResourceTypeResourceIdEventsResponse200]:
    """Get timeline events for a resource

     Returns timeline events for the specified resource in WebhookMessage format.

    Args:
        resource_type (GetTimelinesResourceTypeResourceIdEventsResourceType):
        resource_id (UUID):
        page_size (int | Unset):  Example: 25.
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetTimelinesResourceTypeResourceIdEventsResponse200]
    """

    kwargs = _get_kwargs(
        resource_type=resource_type,
        resource_id=resource_id,
        page_size=page_size,
        page_token=page_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    resource_type: GetTimelinesResourceTypeResourceIdEventsResourceType,
    resource_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> ErrorResponse | GetTimelinesResourceTypeResourceIdEventsResponse200 | None:
    """Get timeline events for a resource

     Returns timeline events for the specified resource in WebhookMessage format.

    Args:
        resource_type (GetTimelinesResourceTypeResourceIdEventsResourceType):
        resource_id (UUID):
        page_size (int | Unset):  Example: 25.
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetTimelinesResourceTypeResourceIdEventsResponse200
    """

    return sync_detailed(
        resource_type=resource_type,
        resource_id=resource_id,
        client=client,
        page_size=page_size,
        page_token=page_token,
    ).parsed


async def asyncio_detailed(
    resource_type: GetTimelinesResourceTypeResourceIdEventsResourceType,
    resource_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> Response[ErrorResponse | GetTimelinesResourceTypeResourceIdEventsResponse200]:
    """Get timeline events for a resource

     Returns timeline events for the specified resource in WebhookMessage format.

    Args:
        resource_type (GetTimelinesResourceTypeResourceIdEventsResourceType):
        resource_id (UUID):
        page_size (int | Unset):  Example: 25.
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetTimelinesResourceTypeResourceIdEventsResponse200]
    """

    kwargs = _get_kwargs(
        resource_type=resource_type,
        resource_id=resource_id,
        page_size=page_size,
        page_token=page_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    resource_type: GetTimelinesResourceTypeResourceIdEventsResourceType,
    resource_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> ErrorResponse | GetTimelinesResourceTypeResourceIdEventsResponse200 | None:
    """Get timeline events for a resource

     Returns timeline events for the specified resource in WebhookMessage format.

    Args:
        resource_type (GetTimelinesResourceTypeResourceIdEventsResourceType):
        resource_id (UUID):
        page_size (int | Unset):  Example: 25.
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetTimelinesResourceTypeResourceIdEventsResponse200
    """

    return (
        await asyncio_detailed(
            resource_type=resource_type,
            resource_id=resource_id,
            client=client,
            page_size=page_size,
            page_token=page_token,
        )
    ).parsed
