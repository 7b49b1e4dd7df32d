from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_conversations_body import GetConversationsBody
from ...models.get_conversations_response_200 import GetConversationsResponse200
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: GetConversationsBody | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    owner_id: UUID | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["page_size"] = page_size

    params["page_token"] = page_token

    json_owner_id: str | Unset = UNSET
    if not isinstance(owner_id, Unset):
        json_owner_id = str(owner_id)
    params["owner_id"] = json_owner_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/conversations",
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetConversationsResponse200 | None:
    if response.status_code == 200:
        response_200 = GetConversationsResponse200.from_dict(response.json())

        return response_200

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
) -> Response[ErrorResponse | GetConversationsResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetConversationsBody | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    owner_id: UUID | Unset = UNSET,
) -> Response[ErrorResponse | GetConversationsResponse200]:
    """Gets a list of conversations

     Gets a list of conversations with pagination. Filters can be provided in the request body.

    Args:
        page_size (int | Unset):  Example: 25.
        page_token (str | Unset):
        owner_id (UUID | Unset):  Example: eb1ac5c0-ff63-47e2-bcdb-5da9c336eb4b.
        body (GetConversationsBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetConversationsResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
        page_size=page_size,
        page_token=page_token,
        owner_id=owner_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: GetConversationsBody | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    owner_id: UUID | Unset = UNSET,
) -> ErrorResponse | GetConversationsResponse200 | None:
    """Gets a list of conversations

     Gets a list of conversations with pagination. Filters can be provided in the request body.

    Args:
        page_size (int | Unset):  Example: 25.
        page_token (str | Unset):
        owner_id (UUID | Unset):  Example: eb1ac5c0-ff63-47e2-bcdb-5da9c336eb4b.
        body (GetConversationsBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetConversationsResponse200
    """

    return sync_detailed(
        client=client,
        body=body,
        page_size=page_size,
        page_token=page_token,
        owner_id=owner_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetConversationsBody | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    owner_id: UUID | Unset = UNSET,
) -> Response[ErrorResponse | GetConversationsResponse200]:
    """Gets a list of conversations

     Gets a list of conversations with pagination. Filters can be provided in the request body.

    Args:
        page_size (int | Unset):  Example: 25.
        page_token (str | Unset):
        owner_id (UUID | Unset):  Example: eb1ac5c0-ff63-47e2-bcdb-5da9c336eb4b.
        body (GetConversationsBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetConversationsResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
        page_size=page_size,
        page_token=page_token,
        owner_id=owner_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GetConversationsBody | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    owner_id: UUID | Unset = UNSET,
) -> ErrorResponse | GetConversationsResponse200 | None:
    """Gets a list of conversations

     Gets a list of conversations with pagination. Filters can be provided in the request body.

    Args:
        page_size (int | Unset):  Example: 25.
        page_token (str | Unset):
        owner_id (UUID | Unset):  Example: eb1ac5c0-ff63-47e2-bcdb-5da9c336eb4b.
        body (GetConversationsBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetConversationsResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            page_size=page_size,
            page_token=page_token,
            owner_id=owner_id,
        )
    ).parsed
