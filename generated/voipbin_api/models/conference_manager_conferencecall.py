from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conference_manager_conferencecall_reference_type import (
    ConferenceManagerConferencecallReferenceType,
)
from ..models.conference_manager_conferencecall_status import (
    ConferenceManagerConferencecallStatus,
)
from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="ConferenceManagerConferencecall")


@_attrs_define
class ConferenceManagerConferencecall:
    """
    Attributes:
        id (UUID | Unset): Unique identifier for the conference call. Example: 550e8400-e29b-41d4-a716-446655440000.
        customer_id (UUID | Unset): Unique identifier of the associated customer. Returned from the `GET /customers`
            response. Example: 7c4d2f3a-1b8e-4f5c-9a6d-3e2f1a0b4c5d.
        activeflow_id (UUID | Unset): Activeflow ID associated with this conference call. Returned from the `POST
            /activeflows` or `GET /activeflows` response. Example: d4e5f6a7-b8c9-0123-4567-890abcdef012.
        conference_id (UUID | Unset): Unique identifier of the associated conference. Returned from the `GET
            /conferences` response. Example: 8b9c0d1e-2f3a-4567-0123-456789abcdef.
        reference_type (ConferenceManagerConferencecallReferenceType | Unset): Type of the reference associated with the
            conference call. Example: call.
        reference_id (UUID | Unset): The unique identifier of the referenced resource. The actual resource type is
            determined by reference_type. Returned from the corresponding resource endpoint. Example:
            f6a7b8c9-d0e1-2345-6789-0abcdef01234.
        status (ConferenceManagerConferencecallStatus | Unset): Status of the conference call. Example: joined.
        tm_create (datetime.datetime | None | Unset): Timestamp when the conference call was created. Example:
            2026-01-15T09:30:00.000000Z.
        tm_update (datetime.datetime | None | Unset): Timestamp when the conference call was last updated. Example:
            2026-01-15T09:30:00.000000Z.
        tm_delete (datetime.datetime | None | Unset): Timestamp when the conference call was deleted. Example:
            2026-01-15T09:30:00.000000Z.
    """

    id: UUID | Unset = UNSET
    customer_id: UUID | Unset = UNSET
    activeflow_id: UUID | Unset = UNSET
    conference_id: UUID | Unset = UNSET
    reference_type: ConferenceManagerConferencecallReferenceType | Unset = UNSET
    reference_id: UUID | Unset = UNSET
    status: ConferenceManagerConferencecallStatus | Unset = UNSET
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

        activeflow_id: str | Unset = UNSET
        if not isinstance(self.activeflow_id, Unset):
            activeflow_id = str(self.activeflow_id)

        conference_id: str | Unset = UNSET
        if not isinstance(self.conference_id, Unset):
            conference_id = str(self.conference_id)

        reference_type: str | Unset = UNSET
        if not isinstance(self.reference_type, Unset):
            reference_type = self.reference_type.value

        reference_id: str | Unset = UNSET
        if not isinstance(self.reference_id, Unset):
            reference_id = str(self.reference_id)

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

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
        if activeflow_id is not UNSET:
            field_dict["activeflow_id"] = activeflow_id
        if conference_id is not UNSET:
            field_dict["conference_id"] = conference_id
        if reference_type is not UNSET:
            field_dict["reference_type"] = reference_type
        if reference_id is not UNSET:
            field_dict["reference_id"] = reference_id
        if status is not UNSET:
            field_dict["status"] = status
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

        _activeflow_id = d.pop("activeflow_id", UNSET)
        activeflow_id: UUID | Unset
        if isinstance(_activeflow_id, Unset):
            activeflow_id = UNSET
        else:
            activeflow_id = UUID(_activeflow_id)

        _conference_id = d.pop("conference_id", UNSET)
        conference_id: UUID | Unset
        if isinstance(_conference_id, Unset):
            conference_id = UNSET
        else:
            conference_id = UUID(_conference_id)

        _reference_type = d.pop("reference_type", UNSET)
        reference_type: ConferenceManagerConferencecallReferenceType | Unset
        if isinstance(_reference_type, Unset):
            reference_type = UNSET
        else:
            reference_type = ConferenceManagerConferencecallReferenceType(
                _reference_type
            )

        _reference_id = d.pop("reference_id", UNSET)
        reference_id: UUID | Unset
        if isinstance(_reference_id, Unset):
            reference_id = UNSET
        else:
            reference_id = UUID(_reference_id)

        _status = d.pop("status", UNSET)
        status: ConferenceManagerConferencecallStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ConferenceManagerConferencecallStatus(_status)

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

        conference_manager_conferencecall = cls(
            id=id,
            customer_id=customer_id,
            activeflow_id=activeflow_id,
            conference_id=conference_id,
            reference_type=reference_type,
            reference_id=reference_id,
            status=status,
            tm_create=tm_create,
            tm_update=tm_update,
            tm_delete=tm_delete,
        )

        conference_manager_conferencecall.additional_properties = d
        return conference_manager_conferencecall

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
