from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conversation_manager_conversation_type import (
    ConversationManagerConversationType,
)
from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.common_address import CommonAddress


T = TypeVar("T", bound="ConversationManagerConversation")


@_attrs_define
class ConversationManagerConversation:
    """
    Attributes:
        id (UUID | Unset): The unique identifier of the conversation. Example: 550e8400-e29b-41d4-a716-446655440000.
        customer_id (UUID | Unset): The unique identifier of the customer. Returned from the `GET /customers` response.
            Example: 7c4d2f3a-1b8e-4f5c-9a6d-3e2f1a0b4c5d.
        owner_type (str | Unset): Type of the conversation owner. Example: agent.
        owner_id (UUID | Unset): The unique identifier of the conversation owner. Returned from the corresponding owner
            resource endpoint (e.g., `GET /agents`). Example: c2d3e4f5-a6b7-8901-2cde-f01234567890.
        account_id (UUID | Unset): The unique identifier of the conversation account. Returned from the `GET
            /conversation_accounts` response. Example: 550e8400-e29b-41d4-a716-446655440000.
        name (str | Unset): Name of the conversation. Example: Customer Support Chat.
        detail (str | Unset): Detailed information about the conversation. Example: Support conversation with customer.
        type_ (ConversationManagerConversationType | Unset): Type of the conversation. Example: message.
        dialog_id (str | Unset): The identifier of the referenced conversation transaction. For Line, this is the
            chatroom ID. Example: chatroom-abc123.
        self_ (CommonAddress | Unset): Contains source or destination detail info.
        peer (CommonAddress | Unset): Contains source or destination detail info.
        tm_create (datetime.datetime | None | Unset): Timestamp when the conversation was created. Example:
            2026-01-15T09:30:00.000000Z.
        tm_update (datetime.datetime | None | Unset): Timestamp when the conversation was last updated. Example:
            2026-01-15T09:30:00.000000Z.
        tm_delete (datetime.datetime | None | Unset): Timestamp when the conversation was deleted. Example:
            2026-01-15T09:30:00.000000Z.
    """

    id: UUID | Unset = UNSET
    customer_id: UUID | Unset = UNSET
    owner_type: str | Unset = UNSET
    owner_id: UUID | Unset = UNSET
    account_id: UUID | Unset = UNSET
    name: str | Unset = UNSET
    detail: str | Unset = UNSET
    type_: ConversationManagerConversationType | Unset = UNSET
    dialog_id: str | Unset = UNSET
    self_: CommonAddress | Unset = UNSET
    peer: CommonAddress | Unset = UNSET
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

        owner_type = self.owner_type

        owner_id: str | Unset = UNSET
        if not isinstance(self.owner_id, Unset):
            owner_id = str(self.owner_id)

        account_id: str | Unset = UNSET
        if not isinstance(self.account_id, Unset):
            account_id = str(self.account_id)

        name = self.name

        detail = self.detail

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        dialog_id = self.dialog_id

        self_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.self_, Unset):
            self_ = self.self_.to_dict()

        peer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.peer, Unset):
            peer = self.peer.to_dict()

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
        if owner_type is not UNSET:
            field_dict["owner_type"] = owner_type
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if name is not UNSET:
            field_dict["name"] = name
        if detail is not UNSET:
            field_dict["detail"] = detail
        if type_ is not UNSET:
            field_dict["type"] = type_
        if dialog_id is not UNSET:
            field_dict["dialog_id"] = dialog_id
        if self_ is not UNSET:
            field_dict["self"] = self_
        if peer is not UNSET:
            field_dict["peer"] = peer
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

        owner_type = d.pop("owner_type", UNSET)

        _owner_id = d.pop("owner_id", UNSET)
        owner_id: UUID | Unset
        if isinstance(_owner_id, Unset):
            owner_id = UNSET
        else:
            owner_id = UUID(_owner_id)

        _account_id = d.pop("account_id", UNSET)
        account_id: UUID | Unset
        if isinstance(_account_id, Unset):
            account_id = UNSET
        else:
            account_id = UUID(_account_id)

        name = d.pop("name", UNSET)

        detail = d.pop("detail", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: ConversationManagerConversationType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ConversationManagerConversationType(_type_)

        dialog_id = d.pop("dialog_id", UNSET)

        _self_ = d.pop("self", UNSET)
        self_: CommonAddress | Unset
        if isinstance(_self_, Unset):
            self_ = UNSET
        else:
            self_ = CommonAddress.from_dict(_self_)

        _peer = d.pop("peer", UNSET)
        peer: CommonAddress | Unset
        if isinstance(_peer, Unset):
            peer = UNSET
        else:
            peer = CommonAddress.from_dict(_peer)

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

        conversation_manager_conversation = cls(
            id=id,
            customer_id=customer_id,
            owner_type=owner_type,
            owner_id=owner_id,
            account_id=account_id,
            name=name,
            detail=detail,
            type_=type_,
            dialog_id=dialog_id,
            self_=self_,
            peer=peer,
            tm_create=tm_create,
            tm_update=tm_update,
            tm_delete=tm_delete,
        )

        conversation_manager_conversation.additional_properties = d
        return conversation_manager_conversation

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
