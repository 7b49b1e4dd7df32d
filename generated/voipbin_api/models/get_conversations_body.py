from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_conversations_body_type import GetConversationsBodyType
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetConversationsBody")


@_attrs_define
class GetConversationsBody:
    """
    Attributes:
        customer_id (UUID | Unset): Filter by customer ID
        account_id (UUID | Unset): Filter by account ID
        dialog_id (str | Unset): Filter by dialog ID
        type_ (GetConversationsBodyType | Unset): Filter by conversation type
        deleted (bool | Unset): Include deleted conversations if true
    """

    customer_id: UUID | Unset = UNSET
    account_id: UUID | Unset = UNSET
    dialog_id: str | Unset = UNSET
    type_: GetConversationsBodyType | Unset = UNSET
    deleted: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_id: str | Unset = UNSET
        if not isinstance(self.customer_id, Unset):
            customer_id = str(self.customer_id)

        account_id: str | Unset = UNSET
        if not isinstance(self.account_id, Unset):
            account_id = str(self.account_id)

        dialog_id = self.dialog_id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        deleted = self.deleted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if dialog_id is not UNSET:
            field_dict["dialog_id"] = dialog_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if deleted is not UNSET:
            field_dict["deleted"] = deleted

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _customer_id = d.pop("customer_id", UNSET)
        customer_id: UUID | Unset
        if isinstance(_customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = UUID(_customer_id)

        _account_id = d.pop("account_id", UNSET)
        account_id: UUID | Unset
        if isinstance(_account_id, Unset):
            account_id = UNSET
        else:
            account_id = UUID(_account_id)

        dialog_id = d.pop("dialog_id", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: GetConversationsBodyType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = GetConversationsBodyType(_type_)

        deleted = d.pop("deleted", UNSET)

        get_conversations_body = cls(
            customer_id=customer_id,
            account_id=account_id,
            dialog_id=dialog_id,
            type_=type_,
            deleted=deleted,
        )

        get_conversations_body.additional_properties = d
        return get_conversations_body

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
