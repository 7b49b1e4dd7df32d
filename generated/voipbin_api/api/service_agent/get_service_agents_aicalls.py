from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ai_manager_a_icall_reference_type import AIManagerAIcallReferenceType
from ...models.ai_manager_a_icall_status import AIManagerAIcallStatus
from ...models.error_response import ErrorResponse
from ...models.get_service_agents_aicalls_response_200 import (
    GetServiceAgentsAicallsResponse200,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    reference_type: AIManagerAIcallReferenceType | Unset = UNSET,
    reference_id: UUID | Unset = UNSET,
    status: AIManagerAIcallStatus | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page_size"] = page_size

    params["page_token"] = page_token

    json_reference_type: str | Unset = UNSET
    if not isinstance(reference_type, Unset):
        json_reference_type = reference_type.value

    params["reference_type"] = json_reference_type

    json_reference_id: str | Unset = UNSET
    if not isinstance(reference_id, Unset):
        json_reference_id = str(reference_id)
    params["reference_id"] = json_reference_id

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/service_agents/aicalls",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetServiceAgentsAicallsResponse200 | None:
    if response.status_code == 200:
        response_200 = GetServiceAgentsAicallsResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

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
) -> Response[ErrorResponse | GetServiceAgentsAicallsResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    reference_type: AIManagerAIcallReferenceType | Unset = UNSET,
    reference_id: UUID | Unset = UNSET,
    status: AIManagerAIcallStatus | Unset = UNSET,
) -> Response[ErrorResponse | GetServiceAgentsAicallsResponse200]:
    """List aicalls

     Retrieves a paginated list of AI calls for the service agent's customer. Optionally filter by the
    origin resource (reference_type + reference_id) to find AI calls tied to a specific call,
    conversation, task, or contact case — e.g. to check whether an AI call is already in progress for a
    given contact case before starting a new one.

    Args:
        page_size (int | Unset):  Example: 25.
        page_token (str | Unset):
        reference_type (AIManagerAIcallReferenceType | Unset): Type of reference associated with
            the ai call. Example: call.
        reference_id (UUID | Unset):
        status (AIManagerAIcallStatus | Unset): Status of the ai call. Example: progressing.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetServiceAgentsAicallsResponse200]
    """

    kwargs = _get_kwargs(
        page_size=page_size,
        page_token=page_token,
        reference_type=reference_type,
        reference_id=reference_id,
        status=status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    reference_type: AIManagerAIcallReferenceType | Unset = UNSET,
    reference_id: UUID | Unset = UNSET,
    status: AIManagerAIcallStatus | Unset = UNSET,
) -> ErrorResponse | GetServiceAgentsAicallsResponse200 | None:
    """List aicalls

     Retrieves a paginated list of AI calls for the service agent's customer. Optionally filter by the
    origin resource (reference_type + reference_id) to find AI calls tied to a specific call,
    conversation, task, or contact case — e.g. to check whether an AI call is already in progress for a
    given contact case before starting a new one.

    Args:
        page_size (int | Unset):  Example: 25.
        page_token (str | Unset):
        reference_type (AIManagerAIcallReferenceType | Unset): Type of reference associated with
            the ai call. Example: call.
        reference_id (UUID | Unset):
        status (AIManagerAIcallStatus | Unset): Status of the ai call. Example: progressing.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetServiceAgentsAicallsResponse200
    """

    return sync_detailed(
        client=client,
        page_size=page_size,
        page_token=page_token,
        reference_type=reference_type,
        reference_id=reference_id,
        status=status,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    reference_type: AIManagerAIcallReferenceType | Unset = UNSET,
    reference_id: UUID | Unset = UNSET,
    status: AIManagerAIcallStatus | Unset = UNSET,
) -> Response[ErrorResponse | GetServiceAgentsAicallsResponse200]:
    """List aicalls

     Retrieves a paginated list of AI calls for the service agent's customer. Optionally filter by the
    origin resource (reference_type + reference_id) to find AI calls tied to a specific call,
    conversation, task, or contact case — e.g. to check whether an AI call is already in progress for a
    given contact case before starting a new one.

    Args:
        page_size (int | Unset):  Example: 25.
        page_token (str | Unset):
        reference_type (AIManagerAIcallReferenceType | Unset): Type of reference associated with
            the ai call. Example: call.
        reference_id (UUID | Unset):
        status (AIManagerAIcallStatus | Unset): Status of the ai call. Example: progressing.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetServiceAgentsAicallsResponse200]
    """

    kwargs = _get_kwargs(
        page_size=page_size,
        page_token=page_token,
        reference_type=reference_type,
        reference_id=reference_id,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    reference_type: AIManagerAIcallReferenceType | Unset = UNSET,
    reference_id: UUID | Unset = UNSET,
    status: AIManagerAIcallStatus | Unset = UNSET,
) -> ErrorResponse | GetServiceAgentsAicallsResponse200 | None:
    """List aicalls

     Retrieves a paginated list of AI calls for the service agent's customer. Optionally filter by the
    origin resource (reference_type + reference_id) to find AI calls tied to a specific call,
    conversation, task, or contact case — e.g. to check whether an AI call is already in progress for a
    given contact case before starting a new one.

    Args:
        page_size (int | Unset):  Example: 25.
        page_token (str | Unset):
        reference_type (AIManagerAIcallReferenceType | Unset): Type of reference associated with
            the ai call. Example: call.
        reference_id (UUID | Unset):
        status (AIManagerAIcallStatus | Unset): Status of the ai call. Example: progressing.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetServiceAgentsAicallsResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            page_size=page_size,
            page_token=page_token,
            reference_type=reference_type,
            reference_id=reference_id,
            status=status,
        )
    ).parsed
