from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.agent_manager_agent_status import AgentManagerAgentStatus
from ...models.error_response import ErrorResponse
from ...models.get_agents_response_200 import GetAgentsResponse200
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    tag_ids: str | Unset = UNSET,
    status: AgentManagerAgentStatus | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page_size"] = page_size

    params["page_token"] = page_token

    params["tag_ids"] = tag_ids

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/agents",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetAgentsResponse200 | None:
    if response.status_code == 200:
        response_200 = GetAgentsResponse200.from_dict(response.json())

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
) -> Response[ErrorResponse | GetAgentsResponse200]:
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
    tag_ids: str | Unset = UNSET,
    status: AgentManagerAgentStatus | Unset = UNSET,
) -> Response[ErrorResponse | GetAgentsResponse200]:
    """List agents

     Get agents of the user.

    Args:
        page_size (int | Unset):  Example: 25.
        page_token (str | Unset):
        tag_ids (str | Unset):
        status (AgentManagerAgentStatus | Unset): Current availability status of the agent.
            Example: available.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetAgentsResponse200]
    """

    kwargs = _get_kwargs(
        page_size=page_size,
        page_token=page_token,
        tag_ids=tag_ids,
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
    tag_ids: str | Unset = UNSET,
    status: AgentManagerAgentStatus | Unset = UNSET,
) -> ErrorResponse | GetAgentsResponse200 | None:
    """List agents

     Get agents of the user.

    Args:
        page_size (int | Unset):  Example: 25.
        page_token (str | Unset):
        tag_ids (str | Unset):
        status (AgentManagerAgentStatus | Unset): Current availability status of the agent.
            Example: available.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetAgentsResponse200
    """

    return sync_detailed(
        client=client,
        page_size=page_size,
        page_token=page_token,
        tag_ids=tag_ids,
        status=status,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    tag_ids: str | Unset = UNSET,
    status: AgentManagerAgentStatus | Unset = UNSET,
) -> Response[ErrorResponse | GetAgentsResponse200]:
    """List agents

     Get agents of the user.

    Args:
        page_size (int | Unset):  Example: 25.
        page_token (str | Unset):
        tag_ids (str | Unset):
        status (AgentManagerAgentStatus | Unset): Current availability status of the agent.
            Example: available.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetAgentsResponse200]
    """

    kwargs = _get_kwargs(
        page_size=page_size,
        page_token=page_token,
        tag_ids=tag_ids,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    tag_ids: str | Unset = UNSET,
    status: AgentManagerAgentStatus | Unset = UNSET,
) -> ErrorResponse | GetAgentsResponse200 | None:
    """List agents

     Get agents of the user.

    Args:
        page_size (int | Unset):  Example: 25.
        page_token (str | Unset):
        tag_ids (str | Unset):
        status (AgentManagerAgentStatus | Unset): Current availability status of the agent.
            Example: available.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetAgentsResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            page_size=page_size,
            page_token=page_token,
            tag_ids=tag_ids,
            status=status,
        )
    ).parsed
