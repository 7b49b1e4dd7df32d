from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_timeline_analyses_response_200 import GetTimelineAnalysesResponse200
from ...models.timeline_manager_analysis_status import TimelineManagerAnalysisStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    activeflow_id: UUID | Unset = UNSET,
    status: TimelineManagerAnalysisStatus | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page_size"] = page_size

    params["page_token"] = page_token

    json_activeflow_id: str | Unset = UNSET
    if not isinstance(activeflow_id, Unset):
        json_activeflow_id = str(activeflow_id)
    params["activeflow_id"] = json_activeflow_id

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/timeline-analyses",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetTimelineAnalysesResponse200 | None:
    if response.status_code == 200:
        response_200 = GetTimelineAnalysesResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | GetTimelineAnalysesResponse200]:
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
    activeflow_id: UUID | Unset = UNSET,
    status: TimelineManagerAnalysisStatus | Unset = UNSET,
) -> Response[ErrorResponse | GetTimelineAnalysesResponse200]:
    """Get a list of timeline analyses.

     Retrieves a paginated list of activeflow AI analyses for the authenticated customer.

    Args:
        page_size (int | Unset):  Example: 25.
        page_token (str | Unset):
        activeflow_id (UUID | Unset):
        status (TimelineManagerAnalysisStatus | Unset): Lifecycle state of the analysis. Example:
            completed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetTimelineAnalysesResponse200]
    """

    kwargs = _get_kwargs(
        page_size=page_size,
        page_token=page_token,
        activeflow_id=activeflow_id,
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
    activeflow_id: UUID | Unset = UNSET,
    status: TimelineManagerAnalysisStatus | Unset = UNSET,
) -> ErrorResponse | GetTimelineAnalysesResponse200 | None:
    """Get a list of timeline analyses.

     Retrieves a paginated list of activeflow AI analyses for the authenticated customer.

    Args:
        page_size (int | Unset):  Example: 25.
        page_token (str | Unset):
        activeflow_id (UUID | Unset):
        status (TimelineManagerAnalysisStatus | Unset): Lifecycle state of the analysis. Example:
            completed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetTimelineAnalysesResponse200
    """

    return sync_detailed(
        client=client,
        page_size=page_size,
        page_token=page_token,
        activeflow_id=activeflow_id,
        status=status,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    activeflow_id: UUID | Unset = UNSET,
    status: TimelineManagerAnalysisStatus | Unset = UNSET,
) -> Response[ErrorResponse | GetTimelineAnalysesResponse200]:
    """Get a list of timeline analyses.

     Retrieves a paginated list of activeflow AI analyses for the authenticated customer.

    Args:
        page_size (int | Unset):  Example: 25.
        page_token (str | Unset):
        activeflow_id (UUID | Unset):
        status (TimelineManagerAnalysisStatus | Unset): Lifecycle state of the analysis. Example:
            completed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetTimelineAnalysesResponse200]
    """

    kwargs = _get_kwargs(
        page_size=page_size,
        page_token=page_token,
        activeflow_id=activeflow_id,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    activeflow_id: UUID | Unset = UNSET,
    status: TimelineManagerAnalysisStatus | Unset = UNSET,
) -> ErrorResponse | GetTimelineAnalysesResponse200 | None:
    """Get a list of timeline analyses.

     Retrieves a paginated list of activeflow AI analyses for the authenticated customer.

    Args:
        page_size (int | Unset):  Example: 25.
        page_token (str | Unset):
        activeflow_id (UUID | Unset):
        status (TimelineManagerAnalysisStatus | Unset): Lifecycle state of the analysis. Example:
            completed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetTimelineAnalysesResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            page_size=page_size,
            page_token=page_token,
            activeflow_id=activeflow_id,
            status=status,
        )
    ).parsed
