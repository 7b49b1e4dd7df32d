from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.timeline_manager_peer_event_list_response import (
    TimelineManagerPeerEventListResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    peer_type: str | Unset = UNSET,
    peer_target: str | Unset = UNSET,
    contact_id: UUID | Unset = UNSET,
    address_id: UUID | Unset = UNSET,
    since: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["peer_type"] = peer_type

    params["peer_target"] = peer_target

    json_contact_id: str | Unset = UNSET
    if not isinstance(contact_id, Unset):
        json_contact_id = str(contact_id)
    params["contact_id"] = json_contact_id

    json_address_id: str | Unset = UNSET
    if not isinstance(address_id, Unset):
        json_address_id = str(address_id)
    params["address_id"] = json_address_id

    params["since"] = since

    params["page_size"] = page_size

    params["page_token"] = page_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/service_agents/contact_interactions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | TimelineManagerPeerEventListResponse | None:
    if response.status_code == 200:
        response_200 = TimelineManagerPeerEventListResponse.from_dict(response.json())

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

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | TimelineManagerPeerEventListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    peer_type: str | Unset = UNSET,
    peer_target: str | Unset = UNSET,
    contact_id: UUID | Unset = UNSET,
    address_id: UUID | Unset = UNSET,
    since: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> Response[ErrorResponse | TimelineManagerPeerEventListResponse]:
    """List interactions

     List CRM interactions for the service agent's customer. At most one filter may be
    provided: peer_type + peer_target (remote endpoint), contact_id, or address_id.
    If no filter is provided, the full customer interaction history is returned,
    scoped to the "since" lookback window (default "30d", maximum "180d").

    The response is the raw, unmodified peer_events shape (design doc
    2026-07-25-contact-interaction-retire-to-peer-events, §8.1/§9): rows may
    include internal-resource peer types (agent, ai, conference, sip legs)
    with no CRM eligibility filtering or field reshaping applied.

    Args:
        peer_type (str | Unset):  Example: tel.
        peer_target (str | Unset):  Example: +155****4567.
        contact_id (UUID | Unset):  Example: 550e8400-e29b-41d4-a716-446655440000.
        address_id (UUID | Unset):  Example: 7c4d2f3a-1b8e-4f5c-9a6d-3e2f1a0b4c5d.
        since (str | Unset):  Example: 30d.
        page_size (int | Unset):  Example: 25.
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TimelineManagerPeerEventListResponse]
    """

    kwargs = _get_kwargs(
        peer_type=peer_type,
        peer_target=peer_target,
        contact_id=contact_id,
        address_id=address_id,
        since=since,
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
    peer_type: str | Unset = UNSET,
    peer_target: str | Unset = UNSET,
    contact_id: UUID | Unset = UNSET,
    address_id: UUID | Unset = UNSET,
    since: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> ErrorResponse | TimelineManagerPeerEventListResponse | None:
    """List interactions

     List CRM interactions for the service agent's customer. At most one filter may be
    provided: peer_type + peer_target (remote endpoint), contact_id, or address_id.
    If no filter is provided, the full customer interaction history is returned,
    scoped to the "since" lookback window (default "30d", maximum "180d").

    The response is the raw, unmodified peer_events shape (design doc
    2026-07-25-contact-interaction-retire-to-peer-events, §8.1/§9): rows may
    include internal-resource peer types (agent, ai, conference, sip legs)
    with no CRM eligibility filtering or field reshaping applied.

    Args:
        peer_type (str | Unset):  Example: tel.
        peer_target (str | Unset):  Example: +155****4567.
        contact_id (UUID | Unset):  Example: 550e8400-e29b-41d4-a716-446655440000.
        address_id (UUID | Unset):  Example: 7c4d2f3a-1b8e-4f5c-9a6d-3e2f1a0b4c5d.
        since (str | Unset):  Example: 30d.
        page_size (int | Unset):  Example: 25.
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TimelineManagerPeerEventListResponse
    """

    return sync_detailed(
        client=client,
        peer_type=peer_type,
        peer_target=peer_target,
        contact_id=contact_id,
        address_id=address_id,
        since=since,
        page_size=page_size,
        page_token=page_token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    peer_type: str | Unset = UNSET,
    peer_target: str | Unset = UNSET,
    contact_id: UUID | Unset = UNSET,
    address_id: UUID | Unset = UNSET,
    since: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> Response[ErrorResponse | TimelineManagerPeerEventListResponse]:
    """List interactions

     List CRM interactions for the service agent's customer. At most one filter may be
    provided: peer_type + peer_target (remote endpoint), contact_id, or address_id.
    If no filter is provided, the full customer interaction history is returned,
    scoped to the "since" lookback window (default "30d", maximum "180d").

    The response is the raw, unmodified peer_events shape (design doc
    2026-07-25-contact-interaction-retire-to-peer-events, §8.1/§9): rows may
    include internal-resource peer types (agent, ai, conference, sip legs)
    with no CRM eligibility filtering or field reshaping applied.

    Args:
        peer_type (str | Unset):  Example: tel.
        peer_target (str | Unset):  Example: +155****4567.
        contact_id (UUID | Unset):  Example: 550e8400-e29b-41d4-a716-446655440000.
        address_id (UUID | Unset):  Example: 7c4d2f3a-1b8e-4f5c-9a6d-3e2f1a0b4c5d.
        since (str | Unset):  Example: 30d.
        page_size (int | Unset):  Example: 25.
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TimelineManagerPeerEventListResponse]
    """

    kwargs = _get_kwargs(
        peer_type=peer_type,
        peer_target=peer_target,
        contact_id=contact_id,
        address_id=address_id,
        since=since,
        page_size=page_size,
        page_token=page_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    peer_type: str | Unset = UNSET,
    peer_target: str | Unset = UNSET,
    contact_id: UUID | Unset = UNSET,
    address_id: UUID | Unset = UNSET,
    since: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> ErrorResponse | TimelineManagerPeerEventListResponse | None:
    """List interactions

     List CRM interactions for the service agent's customer. At most one filter may be
    provided: peer_type + peer_target (remote endpoint), contact_id, or address_id.
    If no filter is provided, the full customer interaction history is returned,
    scoped to the "since" lookback window (default "30d", maximum "180d").

    The response is the raw, unmodified peer_events shape (design doc
    2026-07-25-contact-interaction-retire-to-peer-events, §8.1/§9): rows may
    include internal-resource peer types (agent, ai, conference, sip legs)
    with no CRM eligibility filtering or field reshaping applied.

    Args:
        peer_type (str | Unset):  Example: tel.
        peer_target (str | Unset):  Example: +155****4567.
        contact_id (UUID | Unset):  Example: 550e8400-e29b-41d4-a716-446655440000.
        address_id (UUID | Unset):  Example: 7c4d2f3a-1b8e-4f5c-9a6d-3e2f1a0b4c5d.
        since (str | Unset):  Example: 30d.
        page_size (int | Unset):  Example: 25.
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TimelineManagerPeerEventListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            peer_type=peer_type,
            peer_target=peer_target,
            contact_id=contact_id,
            address_id=address_id,
            since=since,
            page_size=page_size,
            page_token=page_token,
        )
    ).parsed
