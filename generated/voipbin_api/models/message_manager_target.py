from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_manager_target_status import MessageManagerTargetStatus
from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.common_address import CommonAddress


T = TypeVar("T", bound="MessageManagerTarget")


@_attrs_define
class MessageManagerTarget:
    """
    Attributes:
        destination (CommonAddress | Unset): Contains source or destination detail info.
        status (MessageManagerTargetStatus | Unset): The status of the message for the target. Example: delivered.
        parts (int | Unset): The number of message parts (if the message is split). Example: 1.
        tm_update (datetime.datetime | None | Unset): Timestamp when the target message was last updated. Example:
            2026-01-15T09:30:00.000000Z.
    """

    destination: CommonAddress | Unset = UNSET
    status: MessageManagerTargetStatus | Unset = UNSET
    parts: int | Unset = UNSET
    tm_update: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        destination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.destination, Unset):
            destination = self.destination.to_dict()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        parts = self.parts

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
        if destination is not UNSET:
            field_dict["destination"] = destination
        if status is not UNSET:
            field_dict["status"] = status
        if parts is not UNSET:
            field_dict["parts"] = parts
        if tm_update is not UNSET:
            field_dict["tm_update"] = tm_update

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.common_address import CommonAddress

        d = dict(src_dict)
        _destination = d.pop("destination", UNSET)
        destination: CommonAddress | Unset
        if isinstance(_destination, Unset):
            destination = UNSET
        else:
            destination = CommonAddress.from_dict(_destination)

        _status = d.pop("status", UNSET)
        status: MessageManagerTargetStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = MessageManagerTargetStatus(_status)

        parts = d.pop("parts", UNSET)

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

        message_manager_target = cls(
            destination=destination,
            status=status,
            parts=parts,
            tm_update=tm_update,
        )

        message_manager_target.additional_properties = d
        return message_manager_target

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
