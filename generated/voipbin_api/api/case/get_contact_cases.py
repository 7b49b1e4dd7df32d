from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_manager_case_list_response import ContactManagerCaseListResponse
from ...models.error_response import ErrorResponse
from ...models.get_contact_cases_status import GetContactCasesStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: GetContactCasesStatus | Unset = UNSET,
    reference_id: str | Unset = UNSET,
    owner_type: str | Unset = UNSET,
    owner_id: UUID | Unset = UNSET,
    contact_id: UUID | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["reference_id"] = reference_id

    params["owner_type"] = owner_type

    json_owner_id: str | Unset = UNSET
    if not isinstance(owner_id, Unset):
        json_owner_id = str(owner_id)
    params["owner_id"] = json_owner_id

    json_contact_id: str | Unset = UNSET
    if not isinstance(contact_id, Unset):
        json_contact_id = str(contact_id)
    params["contact_id"] = json_contact_id

    params["page_size"] = page_size

    params["page_token"] = page_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/contact_cases",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContactManagerCaseListResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ContactManagerCaseListResponse.from_dict(response.json())

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

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ContactManagerCaseListResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: GetContactCasesStatus | Unset = UNSET,
    reference_id: str | Unset = UNSET,
    owner_type: str | Unset = UNSET,
    owner_id: UUID | Unset = UNSET,
    contact_id: UUID | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> Response[ContactManagerCaseListResponse | ErrorResponse]:
    """List cases

     List cases for the customer, optionally filtered by status, owner_type,
    owner_id, contact_id, and reference_id.

    Args:
        status (GetContactCasesStatus | Unset):  Example: open.
        reference_id (str | Unset):  Example: 1fe1356f-3f7f-4ff9-9d33-08136b38f506.
        owner_type (str | Unset):  Example: agent.
        owner_id (UUID | Unset):  Example: a1b2c3d4-e5f6-7890-abcd-ef1234567890.
        contact_id (UUID | Unset):  Example: b2c3d4e5-f6a7-8901-bcde-f12345678901.
        page_size (int | Unset):  Example: 25.
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactManagerCaseListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        status=status,
        reference_id=reference_id,
        owner_type=owner_type,
        owner_id=owner_id,
        contact_id=contact_id,
        page_size=page_size,
        page_token=page_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    status: GetContactCasesStatus | Unset = UNSET,
    reference_id: str | Unset = UNSET,
    owner_type: str | Unset = UNSET,
    owner_id: UUID | Unset = UNSET,
    contact_id: UUID | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> ContactManagerCaseListResponse | ErrorResponse | None:
    """List cases

     List cases for the customer, optionally filtered by status, owner_type,
    owner_id, contact_id, and reference_id.

    Args:
        status (GetContactCasesStatus | Unset):  Example: open.
        reference_id (str | Unset):  Example: 1fe1356f-3f7f-4ff9-9d33-08136b38f506.
        owner_type (str | Unset):  Example: agent.
        owner_id (UUID | Unset):  Example: a1b2c3d4-e5f6-7890-abcd-ef1234567890.
        contact_id (UUID | Unset):  Example: b2c3d4e5-f6a7-8901-bcde-f12345678901.
        page_size (int | Unset):  Example: 25.
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactManagerCaseListResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        status=status,
        reference_id=reference_id,
        owner_type=owner_type,
        owner_id=owner_id,
        contact_id=contact_id,
        page_size=page_size,
        page_token=page_token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: GetContactCasesStatus | Unset = UNSET,
    reference_id: str | Unset = UNSET,
    owner_type: str | Unset = UNSET,
    owner_id: UUID | Unset = UNSET,
    contact_id: UUID | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> Response[ContactManagerCaseListResponse | ErrorResponse]:
    """List cases

     List cases for the customer, optionally filtered by status, owner_type,
    owner_id, contact_id, and reference_id.

    Args:
        status (GetContactCasesStatus | Unset):  Example: open.
        reference_id (str | Unset):  Example: 1fe1356f-3f7f-4ff9-9d33-08136b38f506.
        owner_type (str | Unset):  Example: agent.
        owner_id (UUID | Unset):  Example: a1b2c3d4-e5f6-7890-abcd-ef1234567890.
        contact_id (UUID | Unset):  Example: b2c3d4e5-f6a7-8901-bcde-f12345678901.
        page_size (int | Unset):  Example: 25.
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactManagerCaseListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        status=status,
        reference_id=reference_id,
        owner_type=owner_type,
        owner_id=owner_id,
        contact_id=contact_id,
        page_size=page_size,
        page_token=page_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    status: GetContactCasesStatus | Unset = UNSET,
    reference_id: str | Unset = UNSET,
    owner_type: str | Unset = UNSET,
    owner_id: UUID | Unset = UNSET,
    contact_id: UUID | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> ContactManagerCaseListResponse | ErrorResponse | None:
    """List cases

     List cases for the customer, optionally filtered by status, owner_type,
    owner_id, contact_id, and reference_id.

    Args:
        status (GetContactCasesStatus | Unset):  Example: open.
        reference_id (str | Unset):  Example: 1fe1356f-3f7f-4ff9-9d33-08136b38f506.
        owner_type (str | Unset):  Example: agent.
        owner_id (UUID | Unset):  Example: a1b2c3d4-e5f6-7890-abcd-ef1234567890.
        contact_id (UUID | Unset):  Example: b2c3d4e5-f6a7-8901-bcde-f12345678901.
        page_size (int | Unset):  Example: 25.
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactManagerCaseListResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            reference_id=reference_id,
            owner_type=owner_type,
            owner_id=owner_id,
            contact_id=contact_id,
            page_size=page_size,
            page_token=page_token,
        )
    ).parsed
