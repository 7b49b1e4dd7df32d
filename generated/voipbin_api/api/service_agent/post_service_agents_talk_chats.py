from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.post_service_agents_talk_chats_body import PostServiceAgentsTalkChatsBody
from ...models.talk_manager_talk import TalkManagerTalk
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: PostServiceAgentsTalkChatsBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/service_agents/talk_chats",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | TalkManagerTalk | None:
    if response.status_code == 200:
        response_200 = TalkManagerTalk.from_dict(response.json())

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
) -> Response[ErrorResponse | TalkManagerTalk]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PostServiceAgentsTalkChatsBody | Unset = UNSET,
) -> Response[ErrorResponse | TalkManagerTalk]:
    """Create a new talk chat

     Creates a new talk chat and returns the created talk's details.

    Participant requirements by type:
    - `direct`: Requires exactly 1 other participant (creator is automatically added as second
    participant)
    - `group`: Can start with 0 or more participants (creator is automatically added, members can be
    added/removed later)
    - `talk`: No additional participants required (creator is automatically added)

    Note: If the creator includes themselves in the participants list, they will not be added twice.

    Args:
        body (PostServiceAgentsTalkChatsBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TalkManagerTalk]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: PostServiceAgentsTalkChatsBody | Unset = UNSET,
) -> ErrorResponse | TalkManagerTalk | None:
    """Create a new talk chat

     Creates a new talk chat and returns the created talk's details.

    Participant requirements by type:
    - `direct`: Requires exactly 1 other participant (creator is automatically added as second
    participant)
    - `group`: Can start with 0 or more participants (creator is automatically added, members can be
    added/removed later)
    - `talk`: No additional participants required (creator is automatically added)

    Note: If the creator includes themselves in the participants list, they will not be added twice.

    Args:
        body (PostServiceAgentsTalkChatsBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TalkManagerTalk
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PostServiceAgentsTalkChatsBody | Unset = UNSET,
) -> Response[ErrorResponse | TalkManagerTalk]:
    """Create a new talk chat

     Creates a new talk chat and returns the created talk's details.

    Participant requirements by type:
    - `direct`: Requires exactly 1 other participant (creator is automatically added as second
    participant)
    - `group`: Can start with 0 or more participants (creator is automatically added, members can be
    added/removed later)
    - `talk`: No additional participants required (creator is automatically added)

    Note: If the creator includes themselves in the participants list, they will not be added twice.

    Args:
        body (PostServiceAgentsTalkChatsBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TalkManagerTalk]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PostServiceAgentsTalkChatsBody | Unset = UNSET,
) -> ErrorResponse | TalkManagerTalk | None:
    """Create a new talk chat

     Creates a new talk chat and returns the created talk's details.

    Participant requirements by type:
    - `direct`: Requires exactly 1 other participant (creator is automatically added as second
    participant)
    - `group`: Can start with 0 or more participants (creator is automatically added, members can be
    added/removed later)
    - `talk`: No additional participants required (creator is automatically added)

    Note: If the creator includes themselves in the participants list, they will not be added twice.

    Args:
        body (PostServiceAgentsTalkChatsBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TalkManagerTalk
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
