from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.customer_manager_customer import CustomerManagerCustomer
from ...models.request_body_auth_unregister_post import RequestBodyAuthUnregisterPOST
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: RequestBodyAuthUnregisterPOST,
    accesskey: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["accesskey"] = accesskey

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/auth/unregister",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    body: RequestBodyAuthUnregisterPOST,
    accesskey: str | Unset = UNSET,
) -> Response[Any | CustomerManagerCustomer]:
    """Schedule or immediately execute account deletion (self-service).

     Marks the authenticated customer's account for deletion. The account enters 'frozen' state
    immediately.
    Active calls are terminated and new operations are blocked.

    By default, the customer has 30 days to recover via `DELETE /auth/unregister` before permanent
    deletion.

    If `immediate` is set to `true`, the account is frozen and then permanently deleted (PII anonymized,
    all resources cascade-deleted) in a single request. This cannot be undone.

    Exactly one of `password` or `confirmation_phrase` must be provided:
    - Password-based accounts: provide `password` for re-authentication.
    - SSO or API-key authenticated requests: provide `confirmation_phrase` set to `"DELETE"`.

    Args:
        accesskey (str | Unset):
        body (RequestBodyAuthUnregisterPOST): Request body for POST /auth/unregister (self-service
            account deletion).
            Exactly one of `password` or `confirmation_phrase` must be provided.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CustomerManagerCustomer]
    """

    kwargs = _get_kwargs(
        body=body,
        accesskey=accesskey,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: RequestBodyAuthUnregisterPOST,
    accesskey: str | Unset = UNSET,
) -> Any | CustomerManagerCustomer | None:
    """Schedule or immediately execute account deletion (self-service).

     Marks the authenticated customer's account for deletion. The account enters 'frozen' state
    immediately.
    Active calls are terminated and new operations are blocked.

    By default, the customer has 30 days to recover via `DELETE /auth/unregister` before permanent
    deletion.

    If `immediate` is set to `true`, the account is frozen and then permanently deleted (PII anonymized,
    all resources cascade-deleted) in a single request. This cannot be undone.

    Exactly one of `password` or `confirmation_phrase` must be provided:
    - Password-based accounts: provide `password` for re-authentication.
    - SSO or API-key authenticated requests: provide `confirmation_phrase` set to `"DELETE"`.

    Args:
        accesskey (str | Unset):
        body (RequestBodyAuthUnregisterPOST): Request body for POST /auth/unregister (self-service
            account deletion).
            Exactly one of `password` or `confirmation_phrase` must be provided.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CustomerManagerCustomer
    """

    return sync_detailed(
        client=client,
        body=body,
        accesskey=accesskey,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RequestBodyAuthUnregisterPOST,
    accesskey: str | Unset = UNSET,
) -> Response[Any | CustomerManagerCustomer]:
    """Schedule or immediately execute account deletion (self-service).

     Marks the authenticated customer's account for deletion. The account enters 'frozen' state
    immediately.
    Active calls are terminated and new operations are blocked.

    By default, the customer has 30 days to recover via `DELETE /auth/unregister` before permanent
    deletion.

    If `immediate` is set to `true`, the account is frozen and then permanently deleted (PII anonymized,
    all resources cascade-deleted) in a single request. This cannot be undone.

    Exactly one of `password` or `confirmation_phrase` must be provided:
    - Password-based accounts: provide `password` for re-authentication.
    - SSO or API-key authenticated requests: provide `confirmation_phrase` set to `"DELETE"`.

    Args:
        accesskey (str | Unset):
        body (RequestBodyAuthUnregisterPOST): Request body for POST /auth/unregister (self-service
            account deletion).
            Exactly one of `password` or `confirmation_phrase` must be provided.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CustomerManagerCustomer]
    """

    kwargs = _get_kwargs(
        body=body,
        accesskey=accesskey,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RequestBodyAuthUnregisterPOST,
    accesskey: str | Unset = UNSET,
) -> Any | CustomerManagerCustomer | None:
    """Schedule or immediately execute account deletion (self-service).

     Marks the authenticated customer's account for deletion. The account enters 'frozen' state
    immediately.
    Active calls are terminated and new operations are blocked.

    By default, the customer has 30 days to recover via `DELETE /auth/unregister` before permanent
    deletion.

    If `immediate` is set to `true`, the account is frozen and then permanently deleted (PII anonymized,
    all resources cascade-deleted) in a single request. This cannot be undone.

    Exactly one of `password` or `confirmation_phrase` must be provided:
    - Password-based accounts: provide `password` for re-authentication.
    - SSO or API-key authenticated requests: provide `confirmation_phrase` set to `"DELETE"`.

    Args:
        accesskey (str | Unset):
        body (RequestBodyAuthUnregisterPOST): Request body for POST /auth/unregister (self-service
            account deletion).
            Exactly one of `password` or `confirmation_phrase` must be provided.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CustomerManagerCustomer
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            accesskey=accesskey,
        )
    ).parsed
