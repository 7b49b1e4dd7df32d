from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_timelines_calls_call_id_sip_analysis_response_200 import (
    GetTimelinesCallsCallIdSipAnalysisResponse200,
)
from ...types import Response


def _get_kwargs(
    call_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/timelines/calls/{call_id}/sip-analysis".format(
            call_id=quote(str(call_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetTimelinesCallsCallIdSipAnalysisResponse200 | None:
    if response.status_code == 200:
        response_200 = GetTimelinesCallsCallIdSipAnalysisResponse200.from_dict(
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
) -> Response[ErrorResponse | GetTimelinesCallsCallIdSipAnalysisResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    call_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | GetTimelinesCallsCallIdSipAnalysisResponse200]:
    """Get SIP analysis for a call

     Returns SIP messages and RTCP quality stats for the specified call from Homer SIP capture.
    Internal-to-internal messages (where both src and dst IPs are RFC 1918 private addresses) are
    filtered out.
    RTCP stats are extracted from X-RTP-Stat headers in BYE messages before filtering.

    Args:
        call_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetTimelinesCallsCallIdSipAnalysisResponse200]
    """

    kwargs = _get_kwargs(
        call_id=call_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    call_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | GetTimelinesCallsCallIdSipAnalysisResponse200 | None:
    """Get SIP analysis for a call

     Returns SIP messages and RTCP quality stats for the specified call from Homer SIP capture.
    Internal-to-internal messages (where both src and dst IPs are RFC 1918 private addresses) are
    filtered out.
    RTCP stats are extracted from X-RTP-Stat headers in BYE messages before filtering.

    Args:
        call_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetTimelinesCallsCallIdSipAnalysisResponse200
    """

    return sync_detailed(
        call_id=call_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    call_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | GetTimelinesCallsCallIdSipAnalysisResponse200]:
    """Get SIP analysis for a call

     Returns SIP messages and RTCP quality stats for the specified call from Homer SIP capture.
    Internal-to-internal messages (where both src and dst IPs are RFC 1918 private addresses) are
    filtered out.
    RTCP stats are extracted from X-RTP-Stat headers in BYE messages before filtering.

    Args:
        call_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetTimelinesCallsCallIdSipAnalysisResponse200]
    """

    kwargs = _get_kwargs(
        call_id=call_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    call_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | GetTimelinesCallsCallIdSipAnalysisResponse200 | None:
    """Get SIP analysis for a call

     Returns SIP messages and RTCP quality stats for the specified call from Homer SIP capture.
    Internal-to-internal messages (where both src and dst IPs are RFC 1918 private addresses) are
    filtered out.
    RTCP stats are extracted from X-RTP-Stat headers in BYE messages before filtering.

    Args:
        call_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetTimelinesCallsCallIdSipAnalysisResponse200
    """

    return (
        await asyncio_detailed(
            call_id=call_id,
            client=client,
        )
    ).parsed
