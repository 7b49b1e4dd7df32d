from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_manager_case_note import ContactManagerCaseNote
from ...models.error_response import ErrorResponse
from ...models.post_service_agents_contact_cases_id_notes_body import (
    PostServiceAgentsContactCasesIdNotesBody,
)
from ...types import Response


def _get_kwargs(
    id: UUID,
    *,
    body: PostServiceAgentsContactCasesIdNotesBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/service_agents/contact_cases/{id}/notes".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContactManagerCaseNote | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ContactManagerCaseNote.from_dict(response.json())

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
) -> Response[ContactManagerCaseNote | ErrorResponse]:
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
    body: PostServiceAgentsContactCasesIdNotesBody,
) -> Response[ContactManagerCaseNote | ErrorResponse]:
    """Create a note on a case

     Create a new note on the case of the given ID, authored by the
    calling agent. The author is derived server-side from the caller's
    own agent identity -- the request only carries the note text, so an
    agent can never author a note as another agent or as the system.
    Notes are an internal, agent-facing annotation on a Case and never
    appear in any customer-facing webhook or response.

    Args:
        id (UUID):  Example: 550e8400-e29b-41d4-a716-446655440000.
        body (PostServiceAgentsContactCasesIdNotesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactManagerCaseNote | ErrorResponse]
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
    body: PostServiceAgentsContactCasesIdNotesBody,
) -> ContactManagerCaseNote | ErrorResponse | None:
    """Create a note on a case

     Create a new note on the case of the given ID, authored by the
    calling agent. The author is derived server-side from the caller's
    own agent identity -- the request only carries the note text, so an
    agent can never author a note as another agent or as the system.
    Notes are an internal, agent-facing annotation on a Case and never
    appear in any customer-facing webhook or response.

    Args:
        id (UUID):  Example: 550e8400-e29b-41d4-a716-446655440000.
        body (PostServiceAgentsContactCasesIdNotesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactManagerCaseNote | ErrorResponse
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
    body: PostServiceAgentsContactCasesIdNotesBody,
) -> Response[ContactManagerCaseNote | ErrorResponse]:
    """Create a note on a case

     Create a new note on the case of the given ID, authored by the
    calling agent. The author is derived server-side from the caller's
    own agent identity -- the request only carries the note text, so an
    agent can never author a note as another agent or as the system.
    Notes are an internal, agent-facing annotation on a Case and never
    appear in any customer-facing webhook or response.

    Args:
        id (UUID):  Example: 550e8400-e29b-41d4-a716-446655440000.
        body (PostServiceAgentsContactCasesIdNotesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactManagerCaseNote | ErrorResponse]
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
    body: PostServiceAgentsContactCasesIdNotesBody,
) -> ContactManagerCaseNote | ErrorResponse | None:
    """Create a note on a case

     Create a new note on the case of the given ID, authored by the
    calling agent. The author is derived server-side from the caller's
    own agent identity -- the request only carries the note text, so an
    agent can never author a note as another agent or as the system.
    Notes are an internal, agent-facing annotation on a Case and never
    appear in any customer-facing webhook or response.

    Args:
        id (UUID):  Example: 550e8400-e29b-41d4-a716-446655440000.
        body (PostServiceAgentsContactCasesIdNotesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactManagerCaseNote | ErrorResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
