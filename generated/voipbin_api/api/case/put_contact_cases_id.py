from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_manager_case import ContactManagerCase
from ...models.error_response import ErrorResponse
from ...models.put_contact_cases_id_body import PutContactCasesIdBody
from ...types import Response


def _get_kwargs(
    id: UUID,
    *,
    body: PutContactCasesIdBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/contact_cases/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContactManagerCase | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ContactManagerCase.from_dict(response.json())

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
) -> Response[ContactManagerCase | ErrorResponse]:
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
    body: PutContactCasesIdBody,
) -> Response[ContactManagerCase | ErrorResponse]:
    """Attach or detach a case's contact

     Attaches the case to a specific existing Contact, or detaches it,
    via a direct contact_id write (VOIP-1253). Send a non-empty
    contact_id to attach; send an empty string to detach (mirrors
    bin-conference-manager's pre_flow_id/post_flow_id PUT convention at
    the HTTP-layer JSON-schema level -- see §5.5.1 for the precise
    conversion point; a literal empty string is only ever accepted at
    this outer HTTP layer, never at the internal RPC-layer uuid.UUID
    struct). The target
    contact_id must belong to the same customer as the case; a
    cross-tenant contact_id is rejected as not found. Every
    attach/detach is recorded as a case_contact_attributed/
    case_contact_detached event, queryable via bin-timeline-manager's
    audit log (no separate resolution history endpoint needed).

    Args:
        id (UUID):
        body (PutContactCasesIdBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactManagerCase | ErrorResponse]
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
    body: PutContactCasesIdBody,
) -> ContactManagerCase | ErrorResponse | None:
    """Attach or detach a case's contact

     Attaches the case to a specific existing Contact, or detaches it,
    via a direct contact_id write (VOIP-1253). Send a non-empty
    contact_id to attach; send an empty string to detach (mirrors
    bin-conference-manager's pre_flow_id/post_flow_id PUT convention at
    the HTTP-layer JSON-schema level -- see §5.5.1 for the precise
    conversion point; a literal empty string is only ever accepted at
    this outer HTTP layer, never at the internal RPC-layer uuid.UUID
    struct). The target
    contact_id must belong to the same customer as the case; a
    cross-tenant contact_id is rejected as not found. Every
    attach/detach is recorded as a case_contact_attributed/
    case_contact_detached event, queryable via bin-timeline-manager's
    audit log (no separate resolution history endpoint needed).

    Args:
        id (UUID):
        body (PutContactCasesIdBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactManagerCase | ErrorResponse
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
    body: PutContactCasesIdBody,
) -> Response[ContactManagerCase | ErrorResponse]:
    """Attach or detach a case's contact

     Attaches the case to a specific existing Contact, or detaches it,
    via a direct contact_id write (VOIP-1253). Send a non-empty
    contact_id to attach; send an empty string to detach (mirrors
    bin-conference-manager's pre_flow_id/post_flow_id PUT convention at
    the HTTP-layer JSON-schema level -- see §5.5.1 for the precise
    conversion point; a literal empty string is only ever accepted at
    this outer HTTP layer, never at the internal RPC-layer uuid.UUID
    struct). The target
    contact_id must belong to the same customer as the case; a
    cross-tenant contact_id is rejected as not found. Every
    attach/detach is recorded as a case_contact_attributed/
    case_contact_detached event, queryable via bin-timeline-manager's
    audit log (no separate resolution history endpoint needed).

    Args:
        id (UUID):
        body (PutContactCasesIdBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactManagerCase | ErrorResponse]
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
    body: PutContactCasesIdBody,
) -> ContactManagerCase | ErrorResponse | None:
    """Attach or detach a case's contact

     Attaches the case to a specific existing Contact, or detaches it,
    via a direct contact_id write (VOIP-1253). Send a non-empty
    contact_id to attach; send an empty string to detach (mirrors
    bin-conference-manager's pre_flow_id/post_flow_id PUT convention at
    the HTTP-layer JSON-schema level -- see §5.5.1 for the precise
    conversion point; a literal empty string is only ever accepted at
    this outer HTTP layer, never at the internal RPC-layer uuid.UUID
    struct). The target
    contact_id must belong to the same customer as the case; a
    cross-tenant contact_id is rejected as not found. Every
    attach/detach is recorded as a case_contact_attributed/
    case_contact_detached event, queryable via bin-timeline-manager's
    audit log (no separate resolution history endpoint needed).

    Args:
        id (UUID):
        body (PutContactCasesIdBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactManagerCase | ErrorResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
