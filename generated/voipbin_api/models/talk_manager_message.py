from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.talk_manager_message_type import TalkManagerMessageType
from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.talk_manager_media import TalkManagerMedia
    from ..models.talk_manager_metadata import TalkManagerMetadata


T = TypeVar("T", bound="TalkManagerMessage")


@_attrs_define
class TalkManagerMessage:
    """
    Attributes:
        id (UUID | Unset): The unique identifier of the message. Returned from the `POST /service_agents/talk_messages`
            or `GET /service_agents/talk_messages` response. Example: 550e8400-e29b-41d4-a716-446655440000.
        customer_id (UUID | Unset): The unique identifier of the customer who owns this message. Returned from the `GET
            /customers` response. Example: 7c4d2f3a-1b8e-4f5c-9a6d-3e2f1a0b4c5d.
        owner_type (str | Unset): Resource's owner type. Example: agent.
        owner_id (UUID | Unset): The unique identifier of the message author. Returned from the corresponding owner
            resource endpoint. Example: d4e5f6a7-b8c9-0d1e-2f3a-4b5c6d7e8f90.
        chat_id (UUID | Unset): The unique identifier of the talk this message belongs to. Returned from the `GET
            /service_agents/talk_chats` response. Example: f6a7b8c9-d0e1-2f3a-4b5c-6d7e8f9a0b1c.
        parent_id (UUID | Unset): The unique identifier of the parent message (for threaded replies). Returned from the
            `GET /service_agents/talk_messages` response. Example: a7b8c9d0-e1f2-3a4b-5c6d-7e8f9a0b1c2d.
        type_ (TalkManagerMessageType | Unset): Type of the message. Example: normal.
        text (str | Unset): Message text content. Example: Hello team, any updates on the project?.
        medias (list[TalkManagerMedia] | Unset): Media attachments.
        metadata (TalkManagerMetadata | Unset):
        tm_create (datetime.datetime | None | Unset): Timestamp when the message was created. Example:
            2026-01-15T09:30:00.000000Z.
        tm_update (datetime.datetime | None | Unset): Timestamp when the message was last updated. Example:
            2026-01-16T14:20:00.000000Z.
        tm_delete (datetime.datetime | None | Unset): Timestamp when the message was deleted. Example:
            2026-01-17T18:45:00.000000Z.
    """

    id: UUID | Unset = UNSET
    customer_id: UUID | Unset = UNSET
    owner_type: str | Unset = UNSET
    owner_id: UUID | Unset = UNSET
    chat_id: UUID | Unset = UNSET
    parent_id: UUID | Unset = UNSET
    type_: TalkManagerMessageType | Unset = UNSET
    text: str | Unset = UNSET
    medias: list[TalkManagerMedia] | Unset = UNSET
    metadata: TalkManagerMetadata | Unset = UNSET
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

        chat_id: str | Unset = UNSET
        if not isinstance(self.chat_id, Unset):
            chat_id = str(self.chat_id)

        parent_id: str | Unset = UNSET
        if not isinstance(self.parent_id, Unset):
            parent_id = str(self.parent_id)

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        text = self.text

        medias: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.medias, Unset):
            medias = []
            for medias_item_data in self.medias:
                medias_item = medias_item_data.to_dict()
                medias.append(medias_item)

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

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
        if chat_id is not UNSET:
            field_dict["chat_id"] = chat_id
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if text is not UNSET:
            field_dict["text"] = text
        if medias is not UNSET:
            field_dict["medias"] = medias
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if tm_create is not UNSET:
            field_dict["tm_create"] = tm_create
        if tm_update is not UNSET:
            field_dict["tm_update"] = tm_update
        if tm_delete is not UNSET:
            field_dict["tm_delete"] = tm_delete

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.talk_manager_media import TalkManagerMedia
        from ..models.talk_manager_metadata import TalkManagerMetadata

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

        _chat_id = d.pop("chat_id", UNSET)
        chat_id: UUID | Unset
        if isinstance(_chat_id, Unset):
            chat_id = UNSET
        else:
            chat_id = UUID(_chat_id)

        _parent_id = d.pop("parent_id", UNSET)
        parent_id: UUID | Unset
        if isinstance(_parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = UUID(_parent_id)

        _type_ = d.pop("type", UNSET)
        type_: TalkManagerMessageType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = TalkManagerMessageType(_type_)

        text = d.pop("text", UNSET)

        _medias = d.pop("medias", UNSET)
        medias: list[TalkManagerMedia] | Unset = UNSET
        if _medias is not UNSET:
            medias = []
            for medias_item_data in _medias:
                medias_item = TalkManagerMedia.from_dict(medias_item_data)

                medias.append(medias_item)

        _metadata = d.pop("metadata", UNSET)
        metadata: TalkManagerMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = TalkManagerMetadata.from_dict(_metadata)

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

        talk_manager_message = cls(
            id=id,
            customer_id=customer_id,
            owner_type=owner_type,
            owner_id=owner_id,
            chat_id=chat_id,
            parent_id=parent_id,
            type_=type_,
            text=text,
            medias=medias,
            metadata=metadata,
            tm_create=tm_create,
            tm_update=tm_update,
            tm_delete=tm_delete,
        )

        talk_manager_message.additional_properties = d
        return talk_manager_message

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
