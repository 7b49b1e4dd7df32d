from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.post_transcribes_body import PostTranscribesBody
from ...models.transcribe_manager_transcribe import TranscribeManagerTranscribe
from ...types import Response


def _get_kwargs(
    *,
    body: PostTranscribesBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/transcribes",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | TranscribeManagerTranscribe | None:
    if response.status_code == 200:
        response_200 = TranscribeManagerTranscribe.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

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
) -> Response[ErrorResponse | TranscribeManagerTranscribe]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PostTranscribesBody,
) -> Response[ErrorResponse | TranscribeManagerTranscribe]:
    """Create a transcribe

     Starts a transcription of the given reference (call, confbridge, or recording) and returns the
    result. Duplicate behavior differs by reference type: for a recording that already has a transcribe
    in the requested language, the existing transcribe is returned (200); for a call/confbridge that
    already has a progressing live transcribe in the requested language, the request is rejected with
    409. Stop the existing transcribe first, or start with a different language.

    Args:
        body (PostTranscribesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TranscribeManagerTranscribe]
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
    body: PostTranscribesBody,
) -> ErrorResponse | TranscribeManagerTranscribe | None:
    """Create a transcribe

     Starts a transcription of the given reference (call, confbridge, or recording) and returns the
    result. Duplicate behavior differs by reference type: for a recording that already has a transcribe
    in the requested language, the existing transcribe is returned (200); for a call/confbridge that
    already has a progressing live transcribe in the requested language, the request is rejected with
    409. Stop the existing transcribe first, or start with a different language.

    Args:
        body (PostTranscribesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TranscribeManagerTranscribe
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PostTranscribesBody,
) -> Response[ErrorResponse | TranscribeManagerTranscribe]:
    """Create a transcribe

     Starts a transcription of the given reference (call, confbridge, or recording) and returns the
    result. Duplicate behavior differs by reference type: for a recording that already has a transcribe
    in the requested language, the existing transcribe is returned (200); for a call/confbridge that
    already has a progressing live transcribe in the requested language, the request is rejected with
    409. Stop the existing transcribe first, or start with a different language.

    Args:
        body (PostTranscribesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TranscribeManagerTranscribe]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PostTranscribesBody,
) -> ErrorResponse | TranscribeManagerTranscribe | None:
    """Create a transcribe

     Starts a transcription of the given reference (call, confbridge, or recording) and returns the
    result. Duplicate behavior differs by reference type: for a recording that already has a transcribe
    in the requested language, the existing transcribe is returned (200); for a call/confbridge that
    already has a progressing live transcribe in the requested language, the request is rejected with
    409. Stop the existing transcribe first, or start with a different language.

    Args:
        body (PostTranscribesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TranscribeManagerTranscribe
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
