from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.route_manager_provider_call_anonymous import (
    RouteManagerProviderCallAnonymous,
)
from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.common_address import CommonAddress


T = TypeVar("T", bound="RouteManagerProviderCall")


@_attrs_define
class RouteManagerProviderCall:
    """An admin-triggered call placed through a specific provider. Captures the
    admin's original request info plus the IDs of calls/groupcalls that were
    created by the underlying call-creation step. Admin polls the referenced
    call IDs via `GET /calls/{id}` for per-call state.

        Attributes:
            id (UUID | Unset): The unique identifier of the providercall. Returned from the `POST /providercalls` response.
                Example: b7d1c0f6-9a2e-4b3f-8e2a-1c7d5b8a9e0f.
            customer_id (UUID | Unset): The customer the record is attributed to. Set server-side from the authenticated
                admin's own customer. Example: 6a93f71e-8b2d-4e5f-9a1c-2d3e4f5a6b7c.
            provider_id (UUID | Unset): The provider the call was forced through. Returned from the `GET /providers`
                response. Example: 4dbeabd6-f397-4375-95d2-a38411e07ed1.
            flow_id (UUID | Unset): The flow executed after the destination answered. `00000000-0000-0000-0000-000000000000`
                when no flow was attached. Example: 00000000-0000-0000-0000-000000000000.
            source (CommonAddress | None | Unset):
            destinations (list[CommonAddress] | None | Unset): The admin-supplied dial targets. One Call or Groupcall is
                created per destination, depending on destination type.
            anonymous (RouteManagerProviderCallAnonymous | Unset): The anonymous caller-ID option requested. `auto`
                (default) resolves the same as `no` today. Example: auto.
            call_ids (list[UUID] | None | Unset): IDs of the Call records that the call-creation step produced. Returned
                from the `POST /calls` response and retrievable via `GET /calls/{id}`. Example:
                ['9f8e7d6c-5b4a-3c2d-1e0f-abcdef012345'].
            groupcall_ids (list[UUID] | None | Unset): IDs of any Groupcall records produced when a destination resolved to
                a group-type address. Retrievable via `GET /groupcalls/{id}`. Example: [].
            tm_create (datetime.datetime | None | Unset): The creation timestamp. Example: 2026-04-21T23:15:00.000000Z.
            tm_update (datetime.datetime | None | Unset): The last update timestamp. Example: 2026-04-21T23:15:00.000000Z.
            tm_delete (datetime.datetime | None | Unset): The deletion timestamp. `null` until soft-deleted. Example:
                2026-04-22T00:00:00.000000Z.
    """

    id: UUID | Unset = UNSET
    customer_id: UUID | Unset = UNSET
    provider_id: UUID | Unset = UNSET
    flow_id: UUID | Unset = UNSET
    source: CommonAddress | None | Unset = UNSET
    destinations: list[CommonAddress] | None | Unset = UNSET
    anonymous: RouteManagerProviderCallAnonymous | Unset = UNSET
    call_ids: list[UUID] | None | Unset = UNSET
    groupcall_ids: list[UUID] | None | Unset = UNSET
    tm_create: datetime.datetime | None | Unset = UNSET
    tm_update: datetime.datetime | None | Unset = UNSET
    tm_delete: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.common_address import CommonAddress

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        customer_id: str | Unset = UNSET
        if not isinstance(self.customer_id, Unset):
            customer_id = str(self.customer_id)

        provider_id: str | Unset = UNSET
        if not isinstance(self.provider_id, Unset):
            provider_id = str(self.provider_id)

        flow_id: str | Unset = UNSET
        if not isinstance(self.flow_id, Unset):
            flow_id = str(self.flow_id)

        source: dict[str, Any] | None | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        elif isinstance(self.source, CommonAddress):
            source = self.source.to_dict()
        else:
            source = self.source

        destinations: list[dict[str, Any]] | None | Unset
        if isinstance(self.destinations, Unset):
            destinations = UNSET
        elif isinstance(self.destinations, list):
            destinations = []
            for destinations_type_0_item_data in self.destinations:
                destinations_type_0_item = destinations_type_0_item_data.to_dict()
                destinations.append(destinations_type_0_item)

        else:
            destinations = self.destinations

        anonymous: str | Unset = UNSET
        if not isinstance(self.anonymous, Unset):
            anonymous = self.anonymous.value

        call_ids: list[str] | None | Unset
        if isinstance(self.call_ids, Unset):
            call_ids = UNSET
        elif isinstance(self.call_ids, list):
            call_ids = []
            for call_ids_type_0_item_data in self.call_ids:
                call_ids_type_0_item = str(call_ids_type_0_item_data)
                call_ids.append(call_ids_type_0_item)

        else:
            call_ids = self.call_ids

        groupcall_ids: list[str] | None | Unset
        if isinstance(self.groupcall_ids, Unset):
            groupcall_ids = UNSET
        elif isinstance(self.groupcall_ids, list):
            groupcall_ids = []
            for groupcall_ids_type_0_item_data in self.groupcall_ids:
                groupcall_ids_type_0_item = str(groupcall_ids_type_0_item_data)
                groupcall_ids.append(groupcall_ids_type_0_item)

        else:
            groupcall_ids = self.groupcall_ids

        tm_create: None | str | Unset
        if isinstance(self.tm_create, Unset):
            tm_create = UNSET
        elif isinstance(self.tm_create, datetime.datetime):
            tm_create = self.tm_create.isoformat()
        else:
            tm_create = self.tm_create

        tm_update: None | str | Unset
        if isinstance(self.tm_update, Unset):
            tm_update = UNSET
        elif isinstance(self.tm_update, datetime.datetime):
            tm_update = self.tm_update.isoformat()
        else:
            tm_update = self.tm_update

        tm_delete: None | str | Unset
        if isinstance(self.tm_delete, Unset):
            tm_delete = UNSET
        elif isinstance(self.tm_delete, datetime.datetime):
            tm_delete = self.tm_delete.isoformat()
        else:
            tm_delete = self.tm_delete

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if provider_id is not UNSET:
            field_dict["provider_id"] = provider_id
        if flow_id is not UNSET:
            field_dict["flow_id"] = flow_id
        if source is not UNSET:
            field_dict["source"] = source
        if destinations is not UNSET:
            field_dict["destinations"] = destinations
        if anonymous is not UNSET:
            field_dict["anonymous"] = anonymous
        if call_ids is not UNSET:
            field_dict["call_ids"] = call_ids
        if groupcall_ids is not UNSET:
            field_dict["groupcall_ids"] = groupcall_ids
        if tm_create is not UNSET:
            field_dict["tm_create"] = tm_create
        if tm_update is not UNSET:
            field_dict["tm_update"] = tm_update
        if tm_delete is not UNSET:
            field_dict["tm_delete"] = tm_delete

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.common_address import CommonAddress

        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        _customer_id = d.pop("customer_id", UNSET)
        customer_id: UUID | Unset
        if isinstance(_customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = UUID(_customer_id)

        _provider_id = d.pop("provider_id", UNSET)
        provider_id: UUID | Unset
        if isinstance(_provider_id, Unset):
            provider_id = UNSET
        else:
            provider_id = UUID(_provider_id)

        _flow_id = d.pop("flow_id", UNSET)
        flow_id: UUID | Unset
        if isinstance(_flow_id, Unset):
            flow_id = UNSET
        else:
            flow_id = UUID(_flow_id)

        def _parse_source(data: object) -> CommonAddress | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(f"source: unexpected {type(data).__name__}")
            source_type_1 = CommonAddress.from_dict(data)

            return source_type_1

        source = _parse_source(d.pop("source", UNSET))

        def _parse_destinations(data: object) -> list[CommonAddress] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError(f"destinations: unexpected {type(data).__name__}")
            destinations_type_0 = []
            _destinations_type_0 = data
            for destinations_type_0_item_data in _destinations_type_0:
                destinations_type_0_item = CommonAddress.from_dict(
                    destinations_type_0_item_data
                )

                destinations_type_0.append(destinations_type_0_item)

            return destinations_type_0

        destinations = _parse_destinations(d.pop("destinations", UNSET))

        _anonymous = d.pop("anonymous", UNSET)
        anonymous: RouteManagerProviderCallAnonymous | Unset
        if isinstance(_anonymous, Unset):
            anonymous = UNSET
        else:
            anonymous = RouteManagerProviderCallAnonymous(_anonymous)

        def _parse_call_ids(data: object) -> list[UUID] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError(f"call_ids: unexpected {type(data).__name__}")
            call_ids_type_0 = []
            _call_ids_type_0 = data
            for call_ids_type_0_item_data in _call_ids_type_0:
                call_ids_type_0_item = UUID(call_ids_type_0_item_data)

                call_ids_type_0.append(call_ids_type_0_item)

            return call_ids_type_0

        call_ids = _parse_call_ids(d.pop("call_ids", UNSET))

        def _parse_groupcall_ids(data: object) -> list[UUID] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError(f"groupcall_ids: unexpected {type(data).__name__}")
            groupcall_ids_type_0 = []
            _groupcall_ids_type_0 = data
            for groupcall_ids_type_0_item_data in _groupcall_ids_type_0:
                groupcall_ids_type_0_item = UUID(groupcall_ids_type_0_item_data)

                groupcall_ids_type_0.append(groupcall_ids_type_0_item)

            return groupcall_ids_type_0

        groupcall_ids = _parse_groupcall_ids(d.pop("groupcall_ids", UNSET))

        def _parse_tm_create(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"tm_create: unexpected {type(data).__name__}")
            tm_create_type_0 = parse_datetime(data)

            return tm_create_type_0

        tm_create = _parse_tm_create(d.pop("tm_create", UNSET))

        def _parse_tm_update(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"tm_update: unexpected {type(data).__name__}")
            tm_update_type_0 = parse_datetime(data)

            return tm_update_type_0

        tm_update = _parse_tm_update(d.pop("tm_update", UNSET))

        def _parse_tm_delete(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"tm_delete: unexpected {type(data).__name__}")
            tm_delete_type_0 = parse_datetime(data)

            return tm_delete_type_0

        tm_delete = _parse_tm_delete(d.pop("tm_delete", UNSET))

        route_manager_provider_call = cls(
            id=id,
            customer_id=customer_id,
            provider_id=provider_id,
            flow_id=flow_id,
            source=source,
            destinations=destinations,
            anonymous=anonymous,
            call_ids=call_ids,
            groupcall_ids=groupcall_ids,
            tm_create=tm_create,
            tm_update=tm_update,
            tm_delete=tm_delete,
        )

        route_manager_provider_call.additional_properties = d
        return route_manager_provider_call

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
