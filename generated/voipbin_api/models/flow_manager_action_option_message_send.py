from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.common_address import CommonAddress


T = TypeVar("T", bound="FlowManagerActionOptionMessageSend")


@_attrs_define
class FlowManagerActionOptionMessageSend:
    """
    Attributes:
        source (CommonAddress | Unset): Contains source or destination detail info.
        destinations (list[CommonAddress] | Unset): List of destination addresses. Must contain at least one.
        text (str | Unset): The text of the message to send. Example: Your verification code is 1234..
    """

    source: CommonAddress | Unset = UNSET
    destinations: list[CommonAddress] | Unset = UNSET
    text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.to_dict()

        destinations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.destinations, Unset):
            destinations = []
            for destinations_item_data in self.destinations:
                destinations_item = destinations_item_data.to_dict()
                destinations.append(destinations_item)

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if source is not UNSET:
            field_dict["source"] = source
        if destinations is not UNSET:
            field_dict["destinations"] = destinations
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.common_address import CommonAddress

        d = dict(src_dict)
        _source = d.pop("source", UNSET)
        source: CommonAddress | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = CommonAddress.from_dict(_source)

        _destinations = d.pop("destinations", UNSET)
        destinations: list[CommonAddress] | Unset = UNSET
        if _destinations is not UNSET:
            destinations = []
            for destinations_item_data in _destinations:
                destinations_item = CommonAddress.from_dict(destinations_item_data)

                destinations.append(destinations_item)

        text = d.pop("text", UNSET)

        flow_manager_action_option_message_send = cls(
            source=source,
            destinations=destinations,
            text=text,
        )

        flow_manager_action_option_message_send.additional_properties = d
        return flow_manager_action_option_message_send

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
