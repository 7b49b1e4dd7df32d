from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_manager_case_status import ContactManagerCaseStatus
from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.common_address import CommonAddress


T = TypeVar("T", bound="ContactManagerCase")


@_attrs_define
class ContactManagerCase:
    """
    Attributes:
        id (UUID | Unset): Unique identifier for the case. Example: 550e8400-e29b-41d4-a716-446655440000.
        customer_id (UUID | Unset): Unique identifier of the associated customer. Example:
            7c4d2f3a-1b8e-4f5c-9a6d-3e2f1a0b4c5d.
        peer (CommonAddress | Unset): Contains source or destination detail info.
        local (CommonAddress | Unset): Contains source or destination detail info.
        reference_type (str | Unset): Origin channel type (e.g. "call", "conversation_message"). Example: call.
        reference_id (str | Unset): The internal VoIPBin resource ID that reference_type points at (the call ID when
            reference_type is "call", the conversation ID when reference_type is "conversation_message"), set automatically
            at case creation time. Never a customer- or agent-supplied value. Empty when no such internal resource ID
            applies. Example: 1fe1356f-3f7f-4ff9-9d33-08136b38f506.
        contact_id (UUID | Unset): The resolved contact this case is attributed to. Nullable until resolved. Example:
            a1b2c3d4-e5f6-7890-abcd-ef1234567890.
        owner_type (str | Unset): Type of the case owner. Example: agent.
        owner_id (UUID | Unset): ID of the case owner. Example: 2a2ec0ba-8004-11ec-aea5-439829c92a7c.
        status (ContactManagerCaseStatus | Unset): Case lifecycle status. Example: open.
        opened_at (datetime.datetime | None | Unset): Timestamp when the case was opened. Nullable. Example:
            2026-06-01T09:30:00.000000Z.
        closed_at (datetime.datetime | None | Unset): Timestamp when the case was closed. Nullable. Example:
            2026-06-02T09:30:00.000000Z.
        closed_reason (str | Unset): Reason the case was closed (e.g. "agent_closed", "timeout"). Example: agent_closed.
        closed_by_type (str | Unset): Type of the actor that closed the case (e.g. "agent", "system"). Example: agent.
        closed_by_id (UUID | Unset): ID of the actor that closed the case. Nullable. Example: 2a2ec0ba-8004-11ec-
            aea5-439829c92a7c.
        name (str | Unset): Optional freeform case name/title, settable only at creation time. Example: Billing dispute
            follow-up.
        detail (str | Unset): Optional freeform case detail, settable only at creation time. Example: Customer disputes
            March invoice charges..
        previous_case_id (UUID | Unset): ID of the prior (now-closed) case this case continues from, if any. Example:
            11111111-0000-0000-0000-000000000001.
        tm_create (datetime.datetime | None | Unset): Timestamp when this case was created. Example:
            2026-06-01T09:30:00.000000Z.
        tm_update (datetime.datetime | None | Unset): Timestamp when this case was last updated. Example:
            2026-06-01T09:30:00.000000Z.
    """

    id: UUID | Unset = UNSET
    customer_id: UUID | Unset = UNSET
    peer: CommonAddress | Unset = UNSET
    local: CommonAddress | Unset = UNSET
    reference_type: str | Unset = UNSET
    reference_id: str | Unset = UNSET
    contact_id: UUID | Unset = UNSET
    owner_type: str | Unset = UNSET
    owner_id: UUID | Unset = UNSET
    status: ContactManagerCaseStatus | Unset = UNSET
    opened_at: datetime.datetime | None | Unset = UNSET
    closed_at: datetime.datetime | None | Unset = UNSET
    closed_reason: str | Unset = UNSET
    closed_by_type: str | Unset = UNSET
    closed_by_id: UUID | Unset = UNSET
    name: str | Unset = UNSET
    detail: str | Unset = UNSET
    previous_case_id: UUID | Unset = UNSET
    tm_create: datetime.datetime | None | Unset = UNSET
    tm_update: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        customer_id: str | Unset = UNSET
        if not isinstance(self.customer_id, Unset):
            customer_id = str(self.customer_id)

        peer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.peer, Unset):
            peer = self.peer.to_dict()

        local: dict[str, Any] | Unset = UNSET
        if not isinstance(self.local, Unset):
            local = self.local.to_dict()

        reference_type = self.reference_type

        reference_id = self.reference_id

        contact_id: str | Unset = UNSET
        if not isinstance(self.contact_id, Unset):
            contact_id = str(self.contact_id)

        owner_type = self.owner_type

        owner_id: str | Unset = UNSET
        if not isinstance(self.owner_id, Unset):
            owner_id = str(self.owner_id)

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        opened_at: None | str | Unset
        if isinstance(self.opened_at, Unset):
            opened_at = UNSET
        elif isinstance(self.opened_at, datetime.datetime):
            opened_at = self.opened_at.isoformat()
        else:
            opened_at = self.opened_at

        closed_at: None | str | Unset
        if isinstance(self.closed_at, Unset):
            closed_at = UNSET
        elif isinstance(self.closed_at, datetime.datetime):
            closed_at = self.closed_at.isoformat()
        else:
            closed_at = self.closed_at

        closed_reason = self.closed_reason

        closed_by_type = self.closed_by_type

        closed_by_id: str | Unset = UNSET
        if not isinstance(self.closed_by_id, Unset):
            closed_by_id = str(self.closed_by_id)

        name = self.name

        detail = self.detail

        previous_case_id: str | Unset = UNSET
        if not isinstance(self.previous_case_id, Unset):
            previous_case_id = str(self.previous_case_id)

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if peer is not UNSET:
            field_dict["peer"] = peer
        if local is not UNSET:
            field_dict["local"] = local
        if reference_type is not UNSET:
            field_dict["reference_type"] = reference_type
        if reference_id is not UNSET:
            field_dict["reference_id"] = reference_id
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if owner_type is not UNSET:
            field_dict["owner_type"] = owner_type
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id
        if status is not UNSET:
            field_dict["status"] = status
        if opened_at is not UNSET:
            field_dict["opened_at"] = opened_at
        if closed_at is not UNSET:
            field_dict["closed_at"] = closed_at
        if closed_reason is not UNSET:
            field_dict["closed_reason"] = closed_reason
        if closed_by_type is not UNSET:
            field_dict["closed_by_type"] = closed_by_type
        if closed_by_id is not UNSET:
            field_dict["closed_by_id"] = closed_by_id
        if name is not UNSET:
            field_dict["name"] = name
        if detail is not UNSET:
            field_dict["detail"] = detail
        if previous_case_id is not UNSET:
            field_dict["previous_case_id"] = previous_case_id
        if tm_create is not UNSET:
            field_dict["tm_create"] = tm_create
        if tm_update is not UNSET:
            field_dict["tm_update"] = tm_update

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

        _peer = d.pop("peer", UNSET)
        peer: CommonAddress | Unset
        if isinstance(_peer, Unset):
            peer = UNSET
        else:
            peer = CommonAddress.from_dict(_peer)

        _local = d.pop("local", UNSET)
        local: CommonAddress | Unset
        if isinstance(_local, Unset):
            local = UNSET
        else:
            local = CommonAddress.from_dict(_local)

        reference_type = d.pop("reference_type", UNSET)

        reference_id = d.pop("reference_id", UNSET)

        _contact_id = d.pop("contact_id", UNSET)
        contact_id: UUID | Unset
        if isinstance(_contact_id, Unset):
            contact_id = UNSET
        else:
            contact_id = UUID(_contact_id)

        owner_type = d.pop("owner_type", UNSET)

        _owner_id = d.pop("owner_id", UNSET)
        owner_id: UUID | Unset
        if isinstance(_owner_id, Unset):
            owner_id = UNSET
        else:
            owner_id = UUID(_owner_id)

        _status = d.pop("status", UNSET)
        status: ContactManagerCaseStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ContactManagerCaseStatus(_status)

        def _parse_opened_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"opened_at: unexpected {type(data).__name__}")
            opened_at_type_0 = parse_datetime(data)

            return opened_at_type_0

        opened_at = _parse_opened_at(d.pop("opened_at", UNSET))

        def _parse_closed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"closed_at: unexpected {type(data).__name__}")
            closed_at_type_0 = parse_datetime(data)

            return closed_at_type_0

        closed_at = _parse_closed_at(d.pop("closed_at", UNSET))

        closed_reason = d.pop("closed_reason", UNSET)

        closed_by_type = d.pop("closed_by_type", UNSET)

        _closed_by_id = d.pop("closed_by_id", UNSET)
        closed_by_id: UUID | Unset
        if isinstance(_closed_by_id, Unset):
            closed_by_id = UNSET
        else:
            closed_by_id = UUID(_closed_by_id)

        name = d.pop("name", UNSET)

        detail = d.pop("detail", UNSET)

        _previous_case_id = d.pop("previous_case_id", UNSET)
        previous_case_id: UUID | Unset
        if isinstance(_previous_case_id, Unset):
            previous_case_id = UNSET
        else:
            previous_case_id = UUID(_previous_case_id)

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

        contact_manager_case = cls(
            id=id,
            customer_id=customer_id,
            peer=peer,
            local=local,
            reference_type=reference_type,
            reference_id=reference_id,
            contact_id=contact_id,
            owner_type=owner_type,
            owner_id=owner_id,
            status=status,
            opened_at=opened_at,
            closed_at=closed_at,
            closed_reason=closed_reason,
            closed_by_type=closed_by_type,
            closed_by_id=closed_by_id,
            name=name,
            detail=detail,
            previous_case_id=previous_case_id,
            tm_create=tm_create,
            tm_update=tm_update,
        )

        contact_manager_case.additional_properties = d
        return contact_manager_case

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
