from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.conversation_manager_message import ConversationManagerMessage
from ...models.error_response import ErrorResponse
from ...models.post_contact_cases_id_messages_body import PostContactCasesIdMessagesBody
from ...types import Response


def _get_kwargs(
    id: UUID,
    *,
    body: PostContactCasesIdMessagesBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contact_cases/{id}/messages".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConversationManagerMessage | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ConversationManagerMessage.from_dict(response.json())

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
) -> Response[ConversationManagerMessage | ErrorResponse]:
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
    body: PostContactCasesIdMessagesBody,
) -> Response[ConversationManagerMessage | ErrorResponse]:
    """Send a message from a case

     Send a message from a known, open case with an explicit source and
    destination address (design §4.5). Validation order:
      1. Case validation -- case belongs to the calling customer and is
         status=open (closed cases must be reopened via POST
         /v1.0/contact_cases/{id}/continue first).
      2. Destination-to-case binding -- destination must be attributable
         to this specific case (matched Contact's addresses, or the
         case's bare peer_target when unresolved). Failure of either
         sub-check returns the same generic error, by design, to prevent
         a caller from using case_id as a bare capability token to probe
         which binding sub-case failed.
      3. Source-ownership validation -- source must be an active, normal
         number owned by this case's customer.
    The message is sent through the same underlying conversation-message
    send path as POST /v1.0/service_agents/conversations/{id}/messages,
    reusing the ConversationManagerMessage response schema.

    Args:
        id (UUID):  Example: 550e8400-e29b-41d4-a716-446655440000.
        body (PostContactCasesIdMessagesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConversationManagerMessage | ErrorResponse]
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
    body: PostContactCasesIdMessagesBody,
) -> ConversationManagerMessage | ErrorResponse | None:
    """Send a message from a case

     Send a message from a known, open case with an explicit source and
    destination address (design §4.5). Validation order:
      1. Case validation -- case belongs to the calling customer and is
         status=open (closed cases must be reopened via POST
         /v1.0/contact_cases/{id}/continue first).
      2. Destination-to-case binding -- destination must be attributable
         to this specific case (matched Contact's addresses, or the
         case's bare peer_target when unresolved). Failure of either
         sub-check returns the same generic error, by design, to prevent
         a caller from using case_id as a bare capability token to probe
         which binding sub-case failed.
      3. Source-ownership validation -- source must be an active, normal
         number owned by this case's customer.
    The message is sent through the same underlying conversation-message
    send path as POST /v1.0/service_agents/conversations/{id}/messages,
    reusing the ConversationManagerMessage response schema.

    Args:
        id (UUID):  Example: 550e8400-e29b-41d4-a716-446655440000.
        body (PostContactCasesIdMessagesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConversationManagerMessage | ErrorResponse
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
    body: PostContactCasesIdMessagesBody,
) -> Response[ConversationManagerMessage | ErrorResponse]:
    """Send a message from a case

     Send a message from a known, open case with an explicit source and
    destination address (design §4.5). Validation order:
      1. Case validation -- case belongs to the calling customer and is
         status=open (closed cases must be reopened via POST
         /v1.0/contact_cases/{id}/continue first).
      2. Destination-to-case binding -- destination must be attributable
         to this specific case (matched Contact's addresses, or the
         case's bare peer_target when unresolved). Failure of either
         sub-check returns the same generic error, by design, to prevent
         a caller from using case_id as a bare capability token to probe
         which binding sub-case failed.
      3. Source-ownership validation -- source must be an active, normal
         number owned by this case's customer.
    The message is sent through the same underlying conversation-message
    send path as POST /v1.0/service_agents/conversations/{id}/messages,
    reusing the ConversationManagerMessage response schema.

    Args:
        id (UUID):  Example: 550e8400-e29b-41d4-a716-446655440000.
        body (PostContactCasesIdMessagesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConversationManagerMessage | ErrorResponse]
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
    body: PostContactCasesIdMessagesBody,
) -> ConversationManagerMessage | ErrorResponse | None:
    """Send a message from a case

     Send a message from a known, open case with an explicit source and
    destination address (design §4.5). Validation order:
      1. Case validation -- case belongs to the calling customer and is
         status=open (closed cases must be reopened via POST
         /v1.0/contact_cases/{id}/continue first).
      2. Destination-to-case binding -- destination must be attributable
         to this specific case (matched Contact's addresses, or the
         case's bare peer_target when unresolved). Failure of either
         sub-check returns the same generic error, by design, to prevent
         a caller from using case_id as a bare capability token to probe
         which binding sub-case failed.
      3. Source-ownership validation -- source must be an active, normal
         number owned by this case's customer.
    The message is sent through the same underlying conversation-message
    send path as POST /v1.0/service_agents/conversations/{id}/messages,
    reusing the ConversationManagerMessage response schema.

    Args:
        id (UUID):  Example: 550e8400-e29b-41d4-a716-446655440000.
        body (PostContactCasesIdMessagesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConversationManagerMessage | ErrorResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
