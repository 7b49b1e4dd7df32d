from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.customer_manager_customer import CustomerManagerCustomer
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    accesskey: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["accesskey"] = accesskey

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/auth/unregister",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | CustomerManagerCustomer | None:
    if response.status_code == 200:
        response_200 = CustomerManagerCustomer.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | CustomerManagerCustomer]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    accesskey: str | Unset = UNSET,
) -> Response[Any | CustomerManagerCustomer]:
    """Cancel account deletion (self-service recover).

     Cancels a scheduled deletion and restores the authenticated customer's account to active state.
    Only works during the 30-day grace period while the account is in 'frozen' status.
    No request body required.

    Args:
        accesskey (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CustomerManagerCustomer]
    """

    kwargs = _get_kwargs(
        accesskey=accesskey,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    accesskey: str | Unset = UNSET,
) -> Any | CustomerManagerCustomer | None:
    """Cancel account deletion (self-service recover).

     Cancels a scheduled deletion and restores the authenticated customer's account to active state.
    Only works during the 30-day grace period while the account is in 'frozen' status.
    No request body required.

    Args:
        accesskey (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CustomerManagerCustomer
    """

    return sync_detailed(
        client=client,
        accesskey=accesskey,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    accesskey: str | Unset = UNSET,
) -> Response[Any | CustomerManagerCustomer]:
    """Cancel account deletion (self-service recover).

     Cancels a scheduled deletion and restores the authenticated customer's account to active state.
    Only works during the 30-day grace period while the account is in 'frozen' status.
    No request body required.

    Args:
        accesskey (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CustomerManagerCustomer]
    """

    kwargs = _get_kwargs(
        accesskey=accesskey,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    accesskey: str | Unset = UNSET,
) -> Any | CustomerManagerCustomer | None:
    """Cancel account deletion (self-service recover).

     Cancels a scheduled deletion and restores the authenticated customer's account to active state.
    Only works during the 30-day grace period while the account is in 'frozen' status.
    No request body required.

    Args:
        accesskey (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CustomerManagerCustomer
    """

    return (
        await asyncio_detailed(
            client=client,
            accesskey=accesskey,
        )
    ).parsed
