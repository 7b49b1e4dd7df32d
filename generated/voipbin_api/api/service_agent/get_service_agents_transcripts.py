from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_service_agents_transcripts_response_200 import (
    GetServiceAgentsTranscriptsResponse200,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    transcribe_id: UUID,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_transcribe_id = str(transcribe_id)
    params["transcribe_id"] = json_transcribe_id

    params["page_size"] = page_size

    params["page_token"] = page_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/service_agents/transcripts",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetServiceAgentsTranscriptsResponse200 | None:
    if response.status_code == 200:
        response_200 = GetServiceAgentsTranscriptsResponse200.from_dict(response.json())

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
) -> Response[ErrorResponse | GetServiceAgentsTranscriptsResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    transcribe_id: UUID,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> Response[ErrorResponse | GetServiceAgentsTranscriptsResponse200]:
    """List transcript lines

     Retrieves the individual spoken/written lines (transcript entries) for one transcribe session,
    scoped to the service agent's own customer. Ownership is authorized against the target transcribe's
    own customer_id (fetched by transcribe_id), not a re-derived parent resource.

    Args:
        transcribe_id (UUID):
        page_size (int | Unset):  Example: 25.
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetServiceAgentsTranscriptsResponse200]
    """

    kwargs = _get_kwargs(
        transcribe_id=transcribe_id,
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
    transcribe_id: UUID,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> ErrorResponse | GetServiceAgentsTranscriptsResponse200 | None:
    """List transcript lines

     Retrieves the individual spoken/written lines (transcript entries) for one transcribe session,
    scoped to the service agent's own customer. Ownership is authorized against the target transcribe's
    own customer_id (fetched by transcribe_id), not a re-derived parent resource.

    Args:
        transcribe_id (UUID):
        page_size (int | Unset):  Example: 25.
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetServiceAgentsTranscriptsResponse200
    """

    return sync_detailed(
        client=client,
        transcribe_id=transcribe_id,
        page_size=page_size,
        page_token=page_token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    transcribe_id: UUID,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> Response[ErrorResponse | GetServiceAgentsTranscriptsResponse200]:
    """List transcript lines

     Retrieves the individual spoken/written lines (transcript entries) for one transcribe session,
    scoped to the service agent's own customer. Ownership is authorized against the target transcribe's
    own customer_id (fetched by transcribe_id), not a re-derived parent resource.

    Args:
        transcribe_id (UUID):
        page_size (int | Unset):  Example: 25.
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetServiceAgentsTranscriptsResponse200]
    """

    kwargs = _get_kwargs(
        transcribe_id=transcribe_id,
        page_size=page_size,
        page_token=page_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    transcribe_id: UUID,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> ErrorResponse | GetServiceAgentsTranscriptsResponse200 | None:
    """List transcript lines

     Retrieves the individual spoken/written lines (transcript entries) for one transcribe session,
    scoped to the service agent's own customer. Ownership is authorized against the target transcribe's
    own customer_id (fetched by transcribe_id), not a re-derived parent resource.

    Args:
        transcribe_id (UUID):
        page_size (int | Unset):  Example: 25.
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetServiceAgentsTranscriptsResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            transcribe_id=transcribe_id,
            page_size=page_size,
            page_token=page_token,
        )
    ).parsed
