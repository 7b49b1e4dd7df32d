from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_contact_cases_id_notes_note_id_response_200 import (
    DeleteContactCasesIdNotesNoteIdResponse200,
)
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    id: UUID,
    note_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/contact_cases/{id}/notes/{note_id}".format(
            id=quote(str(id), safe=""),
            note_id=quote(str(note_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeleteContactCasesIdNotesNoteIdResponse200 | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = DeleteContactCasesIdNotesNoteIdResponse200.from_dict(
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
) -> Response[DeleteContactCasesIdNotesNoteIdResponse200 | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: UUID,
    note_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DeleteContactCasesIdNotesNoteIdResponse200 | ErrorResponse]:
    """Delete a case note

     Delete the note of the given note ID on the case of the given case ID.

    Args:
        id (UUID):  Example: 550e8400-e29b-41d4-a716-446655440000.
        note_id (UUID):  Example: 33333333-0000-0000-0000-000000000003.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteContactCasesIdNotesNoteIdResponse200 | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        note_id=note_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    note_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> DeleteContactCasesIdNotesNoteIdResponse200 | ErrorResponse | None:
    """Delete a case note

     Delete the note of the given note ID on the case of the given case ID.

    Args:
        id (UUID):  Example: 550e8400-e29b-41d4-a716-446655440000.
        note_id (UUID):  Example: 33333333-0000-0000-0000-000000000003.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteContactCasesIdNotesNoteIdResponse200 | ErrorResponse
    """

    return sync_detailed(
        id=id,
        note_id=note_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    note_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DeleteContactCasesIdNotesNoteIdResponse200 | ErrorResponse]:
    """Delete a case note

     Delete the note of the given note ID on the case of the given case ID.

    Args:
        id (UUID):  Example: 550e8400-e29b-41d4-a716-446655440000.
        note_id (UUID):  Example: 33333333-0000-0000-0000-000000000003.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteContactCasesIdNotesNoteIdResponse200 | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        note_id=note_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    note_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> DeleteContactCasesIdNotesNoteIdResponse200 | ErrorResponse | None:
    """Delete a case note

     Delete the note of the given note ID on the case of the given case ID.

    Args:
        id (UUID):  Example: 550e8400-e29b-41d4-a716-446655440000.
        note_id (UUID):  Example: 33333333-0000-0000-0000-000000000003.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteContactCasesIdNotesNoteIdResponse200 | ErrorResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            note_id=note_id,
            client=client,
        )
    ).parsed
