from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ai_manager_ai_prompt_proposal import AIManagerAIPromptProposal
from ...models.error_response import ErrorResponse
from ...models.post_aipromptproposals_body import PostAipromptproposalsBody
from ...types import Response


def _get_kwargs(
    *,
    body: PostAipromptproposalsBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/aipromptproposals",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AIManagerAIPromptProposal | ErrorResponse | None:
    if response.status_code == 202:
        response_202 = AIManagerAIPromptProposal.from_dict(response.json())

        return response_202

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AIManagerAIPromptProposal | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PostAipromptproposalsBody,
) -> Response[AIManagerAIPromptProposal | ErrorResponse]:
    """Propose an improved AI prompt based on selected audits.

     Generates a prompt improvement proposal asynchronously using Gemini, based on the selected completed
    audits. Returns 202 Accepted immediately with status `progressing`; poll GET /aipromptproposals/{id}
    for completion. All selected audits must belong to the same AI and reference the AI's current prompt
    version.

    Args:
        body (PostAipromptproposalsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AIManagerAIPromptProposal | ErrorResponse]
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
    body: PostAipromptproposalsBody,
) -> AIManagerAIPromptProposal | ErrorResponse | None:
    """Propose an improved AI prompt based on selected audits.

     Generates a prompt improvement proposal asynchronously using Gemini, based on the selected completed
    audits. Returns 202 Accepted immediately with status `progressing`; poll GET /aipromptproposals/{id}
    for completion. All selected audits must belong to the same AI and reference the AI's current prompt
    version.

    Args:
        body (PostAipromptproposalsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AIManagerAIPromptProposal | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PostAipromptproposalsBody,
) -> Response[AIManagerAIPromptProposal | ErrorResponse]:
    """Propose an improved AI prompt based on selected audits.

     Generates a prompt improvement proposal asynchronously using Gemini, based on the selected completed
    audits. Returns 202 Accepted immediately with status `progressing`; poll GET /aipromptproposals/{id}
    for completion. All selected audits must belong to the same AI and reference the AI's current prompt
    version.

    Args:
        body (PostAipromptproposalsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AIManagerAIPromptProposal | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PostAipromptproposalsBody,
) -> AIManagerAIPromptProposal | ErrorResponse | None:
    """Propose an improved AI prompt based on selected audits.

     Generates a prompt improvement proposal asynchronously using Gemini, based on the selected completed
    audits. Returns 202 Accepted immediately with status `progressing`; poll GET /aipromptproposals/{id}
    for completion. All selected audits must belong to the same AI and reference the AI's current prompt
    version.

    Args:
        body (PostAipromptproposalsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AIManagerAIPromptProposal | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
