from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transfer_manager_transfer_type import TransferManagerTransferType

if TYPE_CHECKING:
    from ..models.common_address import CommonAddress


T = TypeVar("T", bound="PostTransfersBody")


@_attrs_define
class PostTransfersBody:
    """
    Attributes:
        transfer_type (TransferManagerTransferType):  Example: blind.
        transferer_call_id (str): Call ID of the transfer initiator.
        transferee_addresses (list[CommonAddress]): Addresses of the transfer recipients.
    """

    transfer_type: TransferManagerTransferType
    transferer_call_id: str
    transferee_addresses: list[CommonAddress]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transfer_type = self.transfer_type.value

        transferer_call_id = self.transferer_call_id

        transferee_addresses = []
        for transferee_addresses_item_data in self.transferee_addresses:
            transferee_addresses_item = transferee_addresses_item_data.to_dict()
            transferee_addresses.append(transferee_addresses_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transfer_type": transfer_type,
                "transferer_call_id": transferer_call_id,
                "transferee_addresses": transferee_addresses,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.common_address import CommonAddress

        d = dict(src_dict)
        transfer_type = TransferManagerTransferType(d.pop("transfer_type"))

        transferer_call_id = d.pop("transferer_call_id")

        transferee_addresses = []
        _transferee_addresses = d.pop("transferee_addresses")
        for transferee_addresses_item_data in _transferee_addresses:
            transferee_addresses_item = CommonAddress.from_dict(
                transferee_addresses_item_data
            )

            transferee_addresses.append(transferee_addresses_item)

        post_transfers_body = cls(
            transfer_type=transfer_type,
            transferer_call_id=transferer_call_id,
            transferee_addresses=transferee_addresses,
        )

        post_transfers_body.additional_properties = d
        return post_transfers_body

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
