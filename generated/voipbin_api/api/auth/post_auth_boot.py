from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.auth_boot_response import AuthBootResponse
from ...models.request_body_auth_boot_post import RequestBodyAuthBootPOST
from ...types import Response


def _get_kwargs(
    *,
    body: RequestBodyAuthBootPOST,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/auth/boot",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | AuthBootResponse | None:
    if response.status_code == 200:
        response_200 = AuthBootResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | AuthBootResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RequestBodyAuthBootPOST,
) -> Response[Any | AuthBootResponse]:
    """Generate a resource-scoped JWT from a direct hash.

     Resolves a direct hash link and returns a resource-scoped JWT token. The token grants
    limited access to specific resource types associated with the direct hash (e.g., aicall
    for an AI direct hash). This endpoint is unauthenticated — the direct hash acts as the
    credential.

    Args:
        body (RequestBodyAuthBootPOST): Request body for POST /auth/boot (resource-scoped JWT
            generation from a direct hash).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AuthBootResponse]
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
    body: RequestBodyAuthBootPOST,
) -> Any | AuthBootResponse | None:
    """Generate a resource-scoped JWT from a direct hash.

     Resolves a direct hash link and returns a resource-scoped JWT token. The token grants
    limited access to specific resource types associated with the direct hash (e.g., aicall
    for an AI direct hash). This endpoint is unauthenticated — the direct hash acts as the
    credential.

    Args:
        body (RequestBodyAuthBootPOST): Request body for POST /auth/boot (resource-scoped JWT
            generation from a direct hash).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AuthBootResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RequestBodyAuthBootPOST,
) -> Response[Any | AuthBootResponse]:
    """Generate a resource-scoped JWT from a direct hash.

     Resolves a direct hash link and returns a resource-scoped JWT token. The token grants
    limited access to specific resource types associated with the direct hash (e.g., aicall
    for an AI direct hash). This endpoint is unauthenticated — the direct hash acts as the
    credential.

    Args:
        body (RequestBodyAuthBootPOST): Request body for POST /auth/boot (resource-scoped JWT
            generation from a direct hash).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AuthBootResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RequestBodyAuthBootPOST,
) -> Any | AuthBootResponse | None:
    """Generate a resource-scoped JWT from a direct hash.

     Resolves a direct hash link and returns a resource-scoped JWT token. The token grants
    limited access to specific resource types associated with the direct hash (e.g., aicall
    for an AI direct hash). This endpoint is unauthenticated — the direct hash acts as the
    credential.

    Args:
        body (RequestBodyAuthBootPOST): Request body for POST /auth/boot (resource-scoped JWT
            generation from a direct hash).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AuthBootResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
