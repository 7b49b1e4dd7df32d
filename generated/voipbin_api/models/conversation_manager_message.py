from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conversation_manager_message_direction import (
    ConversationManagerMessageDirection,
)
from ..models.conversation_manager_message_reference_type import (
    ConversationManagerMessageReferenceType,
)
from ..models.conversation_manager_message_status import (
    ConversationManagerMessageStatus,
)
from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.common_address import CommonAddress
    from ..models.conversation_manager_media import ConversationManagerMedia


T = TypeVar("T", bound="ConversationManagerMessage")


@_attrs_define
class ConversationManagerMessage:
    """
    Attributes:
        id (UUID | Unset): The unique identifier of the message. Example: 550e8400-e29b-41d4-a716-446655440000.
        customer_id (UUID | Unset): The unique identifier of the customer. Returned from the `GET /customers` response.
            Example: 7c4d2f3a-1b8e-4f5c-9a6d-3e2f1a0b4c5d.
        conversation_id (UUID | Unset): The unique identifier of the conversation. Returned from the `GET
            /conversations` response. Example: 550e8400-e29b-41d4-a716-446655440000.
        direction (ConversationManagerMessageDirection | Unset): Direction of the message (incoming or outgoing).
            Example: incoming.
        status (ConversationManagerMessageStatus | Unset): Delivery status of the message. Example: done.
        reference_type (ConversationManagerMessageReferenceType | Unset): Source channel that produced the message.
            Example: message.
        reference_id (UUID | Unset): The unique identifier of the referenced resource. The actual resource type is
            determined by reference_type. Returned from the corresponding resource endpoint. Example:
            f6a7b8c9-d0e1-2345-6789-0abcdef01234.
        source (CommonAddress | Unset): Contains source or destination detail info.
        destination (CommonAddress | Unset): Contains source or destination detail info.
        text (str | Unset): The message content. Example: Hello, how can I help you today?.
        medias (list[ConversationManagerMedia] | Unset): List of media associated with the message.
        tm_create (datetime.datetime | None | Unset): Timestamp when the message was created. Example:
            2026-01-15T09:30:00.000000Z.
        tm_update (datetime.datetime | None | Unset): Timestamp when the message was last updated. Example:
            2026-01-15T09:30:00.000000Z.
        tm_delete (datetime.datetime | None | Unset): Timestamp when the message was deleted. Example:
            2026-01-15T09:30:00.000000Z.
    """

    id: UUID | Unset = UNSET
    customer_id: UUID | Unset = UNSET
    conversation_id: UUID | Unset = UNSET
    direction: ConversationManagerMessageDirection | Unset = UNSET
    status: ConversationManagerMessageStatus | Unset = UNSET
    reference_type: ConversationManagerMessageReferenceType | Unset = UNSET
    reference_id: UUID | Unset = UNSET
    source: CommonAddress | Unset = UNSET
    destination: CommonAddress | Unset = UNSET
    text: str | Unset = UNSET
    medias: list[ConversationManagerMedia] | Unset = UNSET
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

        conversation_id: str | Unset = UNSET
        if not isinstance(self.conversation_id, Unset):
            conversation_id = str(self.conversation_id)

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        reference_type: str | Unset = UNSET
        if not isinstance(self.reference_type, Unset):
            reference_type = self.reference_type.value

        reference_id: str | Unset = UNSET
        if not isinstance(self.reference_id, Unset):
            reference_id = str(self.reference_id)

        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.to_dict()

        destination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.destination, Unset):
            destination = self.destination.to_dict()

        text = self.text

        medias: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.medias, Unset):
            medias = []
            for medias_item_data in self.medias:
                medias_item = medias_item_data.to_dict()
                medias.append(medias_item)

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
        if conversation_id is not UNSET:
            field_dict["conversation_id"] = conversation_id
        if direction is not UNSET:
            field_dict["direction"] = direction
        if status is not UNSET:
            field_dict["status"] = status
        if reference_type is not UNSET:
            field_dict["reference_type"] = reference_type
        if reference_id is not UNSET:
            field_dict["reference_id"] = reference_id
        if source is not UNSET:
            field_dict["source"] = source
        if destination is not UNSET:
            field_dict["destination"] = destination
        if text is not UNSET:
            field_dict["text"] = text
        if medias is not UNSET:
            field_dict["medias"] = medias
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
        from ..models.conversation_manager_media import ConversationManagerMedia

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

        _conversation_id = d.pop("conversation_id", UNSET)
        conversation_id: UUID | Unset
        if isinstance(_conversation_id, Unset):
            conversation_id = UNSET
        else:
            conversation_id = UUID(_conversation_id)

        _direction = d.pop("direction", UNSET)
        direction: ConversationManagerMessageDirection | Unset
        if isinstance(_direction, Unset):
            direction = UNSET
        else:
            direction = ConversationManagerMessageDirection(_direction)

        _status = d.pop("status", UNSET)
        status: ConversationManagerMessageStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ConversationManagerMessageStatus(_status)

        _reference_type = d.pop("reference_type", UNSET)
        reference_type: ConversationManagerMessageReferenceType | Unset
        if isinstance(_reference_type, Unset):
            reference_type = UNSET
        else:
            reference_type = ConversationManagerMessageReferenceType(_reference_type)

        _reference_id = d.pop("reference_id", UNSET)
        reference_id: UUID | Unset
        if isinstance(_reference_id, Unset):
            reference_id = UNSET
        else:
            reference_id = UUID(_reference_id)

        _source = d.pop("source", UNSET)
        source: CommonAddress | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = CommonAddress.from_dict(_source)

        _destination = d.pop("destination", UNSET)
        destination: CommonAddress | Unset
        if isinstance(_destination, Unset):
            destination = UNSET
        else:
            destination = CommonAddress.from_dict(_destination)

        text = d.pop("text", UNSET)

        _medias = d.pop("medias", UNSET)
        medias: list[ConversationManagerMedia] | Unset = UNSET
        if _medias is not UNSET:
            medias = []
            for medias_item_data in _medias:
                medias_item = ConversationManagerMedia.from_dict(medias_item_data)

                medias.append(medias_item)

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

        conversation_manager_message = cls(
            id=id,
            customer_id=customer_id,
            conversation_id=conversation_id,
            direction=direction,
            status=status,
            reference_type=reference_type,
            reference_id=reference_id,
            source=source,
            destination=destination,
            text=text,
            medias=medias,
            tm_create=tm_create,
            tm_update=tm_update,
            tm_delete=tm_delete,
        )

        conversation_manager_message.additional_properties = d
        return conversation_manager_message

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
