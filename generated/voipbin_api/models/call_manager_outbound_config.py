from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="CallManagerOutboundConfig")


@_attrs_define
class CallManagerOutboundConfig:
    """
    Attributes:
        id (UUID | Unset): The unique identifier of the outbound config. Example: 00000000-0000-0000-0000-000000000001.
        customer_id (UUID | Unset): The customer ID that owns this outbound config. Returned from the `GET /customers`
            response. Example: 00000000-0000-0000-0000-000000000001.
        name (str | Unset): Human-readable name for this outbound config. Example: production outbound config.
        detail (str | Unset): Free-text description of this outbound config. Example: allows US and UK PSTN calls.
        destination_whitelist (list[str] | None | Unset): ISO 3166 alpha-2 country codes (lowercase). Empty array = deny
            all PSTN calls. Example: ['us', 'gb', 'kr'].
        codecs (str | Unset): Comma-separated codec preference list (e.g. PCMU,PCMA,G729). Empty = server default.
            Example: PCMU,PCMA.
        default_outgoing_source_number_id (None | Unset | UUID): UUID of the customer's default outgoing source number,
            used as the caller ID
            when an outgoing tel call has no valid caller-supplied source.
            Set to `00000000-0000-0000-0000-000000000000` to clear the default.
            The number must belong to the customer, be of type `normal`, and be active.
            Validated at update time and re-validated at call time.
            Obtained from the `id` field of the `GET /numbers` response.
             Example: 00000000-0000-0000-0000-000000000001.
        tm_create (datetime.datetime | None | Unset): Timestamp when the outbound config was created.
        tm_update (datetime.datetime | None | Unset): Timestamp when the outbound config was last updated.
        tm_delete (datetime.datetime | None | Unset): Timestamp when the outbound config was deleted (soft-delete).
    """

    id: UUID | Unset = UNSET
    customer_id: UUID | Unset = UNSET
    name: str | Unset = UNSET
    detail: str | Unset = UNSET
    destination_whitelist: list[str] | None | Unset = UNSET
    codecs: str | Unset = UNSET
    default_outgoing_source_number_id: None | Unset | UUID = UNSET
    tm_create: datetime.datetime | None | Unset = UNSET
    tm_update: datetime.datetime | None | Unset = UNSET
    tm_delete: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        customer_id: str | Unset = UNSET
        if not isinstance(self.customer_id, Unset):
            customer_id = str(self.customer_id)

        name = self.name

        detail = self.detail

        destination_whitelist: list[str] | None | Unset
        if isinstance(self.destination_whitelist, Unset):
            destination_whitelist = UNSET
        elif isinstance(self.destination_whitelist, list):
            destination_whitelist = self.destination_whitelist

        else:
            destination_whitelist = self.destination_whitelist

        codecs = self.codecs

        default_outgoing_source_number_id: None | str | Unset
        if isinstance(self.default_outgoing_source_number_id, Unset):
            default_outgoing_source_number_id = UNSET
        elif isinstance(self.default_outgoing_source_number_id, UUID):
            default_outgoing_source_number_id = str(
                self.default_outgoing_source_number_id
            )
        else:
            default_outgoing_source_number_id = self.default_outgoing_source_number_id

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
        if name is not UNSET:
            field_dict["name"] = name
        if detail is not UNSET:
            field_dict["detail"] = detail
        if destination_whitelist is not UNSET:
            field_dict["destination_whitelist"] = destination_whitelist
        if codecs is not UNSET:
            field_dict["codecs"] = codecs
        if default_outgoing_source_number_id is not UNSET:
            field_dict["default_outgoing_source_number_id"] = (
                default_outgoing_source_number_id
            )
        if tm_create is not UNSET:
            field_dict["tm_create"] = tm_create
        if tm_update is not UNSET:
            field_dict["tm_update"] = tm_update
        if tm_delete is not UNSET:
            field_dict["tm_delete"] = tm_delete

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
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

        name = d.pop("name", UNSET)

        detail = d.pop("detail", UNSET)

        def _parse_destination_whitelist(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError(
                    f"destination_whitelist: unexpected {type(data).__name__}"
                )
            destination_whitelist_type_0 = cast(list[str], data)

            return destination_whitelist_type_0

        destination_whitelist = _parse_destination_whitelist(
            d.pop("destination_whitelist", UNSET)
        )

        codecs = d.pop("codecs", UNSET)

        def _parse_default_outgoing_source_number_id(
            data: object,
        ) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(
                    f"default_outgoing_source_number_id: unexpected {type(data).__name__}"
                )
            default_outgoing_source_number_id_type_0 = UUID(data)

            return default_outgoing_source_number_id_type_0

        default_outgoing_source_number_id = _parse_default_outgoing_source_number_id(
            d.pop("default_outgoing_source_number_id", UNSET)
        )

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

        call_manager_outbound_config = cls(
            id=id,
            customer_id=customer_id,
            name=name,
            detail=detail,
            destination_whitelist=destination_whitelist,
            codecs=codecs,
            default_outgoing_source_number_id=default_outgoing_source_number_id,
            tm_create=tm_create,
            tm_update=tm_update,
            tm_delete=tm_delete,
        )

        call_manager_outbound_config.additional_properties = d
        return call_manager_outbound_config

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
