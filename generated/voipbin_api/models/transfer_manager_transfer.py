from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transfer_manager_transfer_type import TransferManagerTransferType
from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.common_address import CommonAddress


T = TypeVar("T", bound="TransferManagerTransfer")


@_attrs_define
class TransferManagerTransfer:
    """
    Attributes:
        id (UUID | Unset): The unique identifier of the transfer. Returned from the `POST /transfers` response. Example:
            550e8400-e29b-41d4-a716-446655440000.
        customer_id (UUID | Unset): The unique identifier of the customer who owns this transfer. Returned from the `GET
            /customers` response. Example: 7c4d2f3a-1b8e-4f5c-9a6d-3e2f1a0b4c5d.
        type_ (TransferManagerTransferType | Unset):  Example: blind.
        transferer_call_id (UUID | Unset): The unique identifier of the call initiating the transfer. Returned from the
            `GET /calls` response. Example: c9d0e1f2-a3b4-5c6d-7e8f-9a0b1c2d3e4f.
        transferee_addresses (list[CommonAddress] | None | Unset): List of target addresses for the transfer.
        transferee_call_id (UUID | Unset): The unique identifier of the call being transferred. Returned from the `GET
            /calls` response. Example: d0e1f2a3-b4c5-6d7e-8f9a-0b1c2d3e4f5a.
        groupcall_id (UUID | Unset): The unique identifier of the groupcall created for the transfer. Returned from the
            `GET /groupcalls` response. Example: e1f2a3b4-c5d6-7e8f-9a0b-1c2d3e4f5a6b.
        confbridge_id (UUID | Unset): The unique identifier of the conference bridge used for attended transfer.
            Returned from the `GET /conferences` response. Example: f2a3b4c5-d6e7-8f9a-0b1c-2d3e4f5a6b7c.
        tm_create (datetime.datetime | None | Unset): Timestamp when created Example: 2026-01-15T09:30:00.000000Z.
        tm_update (datetime.datetime | None | Unset): Timestamp when updated Example: 2026-01-16T14:20:00.000000Z.
        tm_delete (datetime.datetime | None | Unset): Timestamp when deleted Example: 2026-01-17T18:45:00.000000Z.
    """

    id: UUID | Unset = UNSET
    customer_id: UUID | Unset = UNSET
    type_: TransferManagerTransferType | Unset = UNSET
    transferer_call_id: UUID | Unset = UNSET
    transferee_addresses: list[CommonAddress] | None | Unset = UNSET
    transferee_call_id: UUID | Unset = UNSET
    groupcall_id: UUID | Unset = UNSET
    confbridge_id: UUID | Unset = UNSET
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

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        transferer_call_id: str | Unset = UNSET
        if not isinstance(self.transferer_call_id, Unset):
            transferer_call_id = str(self.transferer_call_id)

        transferee_addresses: list[dict[str, Any]] | None | Unset
        if isinstance(self.transferee_addresses, Unset):
            transferee_addresses = UNSET
        elif isinstance(self.transferee_addresses, list):
            transferee_addresses = []
            for transferee_addresses_type_0_item_data in self.transferee_addresses:
                transferee_addresses_type_0_item = (
                    transferee_addresses_type_0_item_data.to_dict()
                )
                transferee_addresses.append(transferee_addresses_type_0_item)

        else:
            transferee_addresses = self.transferee_addresses

        transferee_call_id: str | Unset = UNSET
        if not isinstance(self.transferee_call_id, Unset):
            transferee_call_id = str(self.transferee_call_id)

        groupcall_id: str | Unset = UNSET
        if not isinstance(self.groupcall_id, Unset):
            groupcall_id = str(self.groupcall_id)

        confbridge_id: str | Unset = UNSET
        if not isinstance(self.confbridge_id, Unset):
            confbridge_id = str(self.confbridge_id)

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
        if type_ is not UNSET:
            field_dict["type"] = type_
        if transferer_call_id is not UNSET:
            field_dict["transferer_call_id"] = transferer_call_id
        if transferee_addresses is not UNSET:
            field_dict["transferee_addresses"] = transferee_addresses
        if transferee_call_id is not UNSET:
            field_dict["transferee_call_id"] = transferee_call_id
        if groupcall_id is not UNSET:
            field_dict["groupcall_id"] = groupcall_id
        if confbridge_id is not UNSET:
            field_dict["confbridge_id"] = confbridge_id
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

        _type_ = d.pop("type", UNSET)
        type_: TransferManagerTransferType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = TransferManagerTransferType(_type_)

        _transferer_call_id = d.pop("transferer_call_id", UNSET)
        transferer_call_id: UUID | Unset
        if isinstance(_transferer_call_id, Unset):
            transferer_call_id = UNSET
        else:
            transferer_call_id = UUID(_transferer_call_id)

        def _parse_transferee_addresses(
            data: object,
        ) -> list[CommonAddress] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError(
                    f"transferee_addresses: unexpected {type(data).__name__}"
                )
            transferee_addresses_type_0 = []
            _transferee_addresses_type_0 = data
            for transferee_addresses_type_0_item_data in _transferee_addresses_type_0:
                transferee_addresses_type_0_item = CommonAddress.from_dict(
                    transferee_addresses_type_0_item_data
                )

                transferee_addresses_type_0.append(transferee_addresses_type_0_item)

            return transferee_addresses_type_0

        transferee_addresses = _parse_transferee_addresses(
            d.pop("transferee_addresses", UNSET)
        )

        _transferee_call_id = d.pop("transferee_call_id", UNSET)
        transferee_call_id: UUID | Unset
        if isinstance(_transferee_call_id, Unset):
            transferee_call_id = UNSET
        else:
            transferee_call_id = UUID(_transferee_call_id)

        _groupcall_id = d.pop("groupcall_id", UNSET)
        groupcall_id: UUID | Unset
        if isinstance(_groupcall_id, Unset):
            groupcall_id = UNSET
        else:
            groupcall_id = UUID(_groupcall_id)

        _confbridge_id = d.pop("confbridge_id", UNSET)
        confbridge_id: UUID | Unset
        if isinstance(_confbridge_id, Unset):
            confbridge_id = UNSET
        else:
            confbridge_id = UUID(_confbridge_id)

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

        transfer_manager_transfer = cls(
            id=id,
            customer_id=customer_id,
            type_=type_,
            transferer_call_id=transferer_call_id,
            transferee_addresses=transferee_addresses,
            transferee_call_id=transferee_call_id,
            groupcall_id=groupcall_id,
            confbridge_id=confbridge_id,
            tm_create=tm_create,
            tm_update=tm_update,
            tm_delete=tm_delete,
        )

        transfer_manager_transfer.additional_properties = d
        return transfer_manager_transfer

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
