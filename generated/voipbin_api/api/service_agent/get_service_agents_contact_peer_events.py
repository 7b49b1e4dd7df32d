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
    contact_id: UUID | Unset = UNSET,
    peer_type: str | Unset = UNSET,
    peer_target: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_contact_id: str | Unset = UNSET
    if not isinstance(contact_id, Unset):
        json_contact_id = str(contact_id)
    params["contact_id"] = json_contact_id

    params["peer_type"] = peer_type

    params["peer_target"] = peer_target

    params["page_size"] = page_size

    params["page_token"] = page_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/service_agents/contact_peer_events",
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
    contact_id: UUID | Unset = UNSET,
    peer_type: str | Unset = UNSET,
    peer_target: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> Response[ErrorResponse | TimelineManagerPeerEventListResponse]:
    """List peer_events (raw, unfiltered)

     List raw peer_events rows for the service agent's customer, matching
    either a contact's registered addresses (contact_id) or a single peer
    address (peer_type + peer_target). Exactly one filter is required.

    Unlike GET /service_agents/contact_interactions, this endpoint applies NO
    identity resolution and NO CRM eligibility filtering: rows may include
    internal-resource peer types (agent, ai, conference, sip legs) that
    /service_agents/contact_interactions deliberately excludes. Clients are
    responsible for any presentation-layer filtering or grouping of this
    noise.

    Args:
        contact_id (UUID | Unset):  Example: 550e8400-e29b-41d4-a716-446655440000.
        peer_type (str | Unset):  Example: tel.
        peer_target (str | Unset):  Example: +155****4567.
        page_size (int | Unset):  Example: 25.
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TimelineManagerPeerEventListResponse]
    """

    kwargs = _get_kwargs(
        contact_id=contact_id,
        peer_type=peer_type,
        peer_target=peer_target,
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
    contact_id: UUID | Unset = UNSET,
    peer_type: str | Unset = UNSET,
    peer_target: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> ErrorResponse | TimelineManagerPeerEventListResponse | None:
    """List peer_events (raw, unfiltered)

     List raw peer_events rows for the service agent's customer, matching
    either a contact's registered addresses (contact_id) or a single peer
    address (peer_type + peer_target). Exactly one filter is required.

    Unlike GET /service_agents/contact_interactions, this endpoint applies NO
    identity resolution and NO CRM eligibility filtering: rows may include
    internal-resource peer types (agent, ai, conference, sip legs) that
    /service_agents/contact_interactions deliberately excludes. Clients are
    responsible for any presentation-layer filtering or grouping of this
    noise.

    Args:
        contact_id (UUID | Unset):  Example: 550e8400-e29b-41d4-a716-446655440000.
        peer_type (str | Unset):  Example: tel.
        peer_target (str | Unset):  Example: +155****4567.
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
        contact_id=contact_id,
        peer_type=peer_type,
        peer_target=peer_target,
        page_size=page_size,
        page_token=page_token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    contact_id: UUID | Unset = UNSET,
    peer_type: str | Unset = UNSET,
    peer_target: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> Response[ErrorResponse | TimelineManagerPeerEventListResponse]:
    """List peer_events (raw, unfiltered)

     List raw peer_events rows for the service agent's customer, matching
    either a contact's registered addresses (contact_id) or a single peer
    address (peer_type + peer_target). Exactly one filter is required.

    Unlike GET /service_agents/contact_interactions, this endpoint applies NO
    identity resolution and NO CRM eligibility filtering: rows may include
    internal-resource peer types (agent, ai, conference, sip legs) that
    /service_agents/contact_interactions deliberately excludes. Clients are
    responsible for any presentation-layer filtering or grouping of this
    noise.

    Args:
        contact_id (UUID | Unset):  Example: 550e8400-e29b-41d4-a716-446655440000.
        peer_type (str | Unset):  Example: tel.
        peer_target (str | Unset):  Example: +155****4567.
        page_size (int | Unset):  Example: 25.
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TimelineManagerPeerEventListResponse]
    """

    kwargs = _get_kwargs(
        contact_id=contact_id,
        peer_type=peer_type,
        peer_target=peer_target,
        page_size=page_size,
        page_token=page_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    contact_id: UUID | Unset = UNSET,
    peer_type: str | Unset = UNSET,
    peer_target: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> ErrorResponse | TimelineManagerPeerEventListResponse | None:
    """List peer_events (raw, unfiltered)

     List raw peer_events rows for the service agent's customer, matching
    either a contact's registered addresses (contact_id) or a single peer
    address (peer_type + peer_target). Exactly one filter is required.

    Unlike GET /service_agents/contact_interactions, this endpoint applies NO
    identity resolution and NO CRM eligibility filtering: rows may include
    internal-resource peer types (agent, ai, conference, sip legs) that
    /service_agents/contact_interactions deliberately excludes. Clients are
    responsible for any presentation-layer filtering or grouping of this
    noise.

    Args:
        contact_id (UUID | Unset):  Example: 550e8400-e29b-41d4-a716-446655440000.
        peer_type (str | Unset):  Example: tel.
        peer_target (str | Unset):  Example: +155****4567.
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
            contact_id=contact_id,
            peer_type=peer_type,
            peer_target=peer_target,
            page_size=page_size,
            page_token=page_token,
        )
    ).parsed
